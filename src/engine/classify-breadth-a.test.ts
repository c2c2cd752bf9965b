import { describe, expect, test } from 'vitest';
import { classifySentence } from './classify';
import { type Category, DEFAULT_ENGINE_OPTIONS } from './types';

/**
 * Breadth of offense, substance, testing and enforcement language: street names, slang that is an everyday
 * word only after a use verb, lab shorthand, other names for jail, shoplifting moves. Each row names the
 * category the sentence must be flagged as; the allowed rows are near misses built from the same words.
 */
const flagged: ReadonlyArray<readonly [Category, string]> = [
  ['substance', "He's been smoking glass again most nights."],
  ['substance', 'She scored some down from a guy at the camp.'],
  ['substance', 'She drinks forties on the weekends.'],
  ['substance', 'He chugged a fifth of vodka before group.'],
  ['substance', 'They were zooted when they came in.'],
  ['substance', 'She went back out after her mom died.'],
  ['substance', 'He lost his clean time last month.'],
  ['substance', 'Medics narcanned him outside the 7-Eleven.'],
  ['substance', 'Staff brought her back with two doses of Narcan.'],
  ['substance', "He's dopesick and asking for help."],
  ['substance', 'She sipped lean all weekend.'],
  ['substance', 'Client reports using 2x this week.'],
  ['substance', 'He bought a gram off someone at the park.'],
  ['substance', 'Her speech was slurred and she could barely stand at our appointment.'],
  ['substance', 'Her drinking has gotten worse since the eviction.'],
  ['substance', 'It was just weed, nothing hard.'],
  ['substance', 'He has been vaping THC carts all day.'],
  ['substance', "She's been taking more Adderall than prescribed."],
  ['substance', "He told me he's been mixing benzos and alcohol."],
  ['substance', 'She overdid it on her gabapentin again.'],
  ['substance', "He told me he's getting his dope from his cousin now."],
  ['testing', 'UA 10/2: + fent, + amp.'],
  ['testing', 'Her cup was pos for THC again.'],
  ['testing', 'The meth line never showed up on his cup.'],
  ['testing', "He hasn't had a clean UA since August."],
  ['testing', 'Her EtG came back over the cutoff.'],
  ['testing', 'He blew a .04 into the Soberlink on Sunday.'],
  ['testing', 'His creatinine was low on the last two collections.'],
  ['testing', 'She ripped off her sweat patch before the appointment.'],
  ['testing', 'He skipped two rolling retests on the way to work.'],
  ['testing', 'He left the lab without giving a sample.'],
  ['testing', "He couldn't pee at the lab and left."],
  ['testing', "He tried to use his brother's urine for the test."],
  ['testing', 'He no-showed his random on Monday.'],
  ['testing', 'Her hair test picked up cocaine.'],
  ['testing', "He wouldn't go in the bathroom with the observer."],
  ['testing', 'She tried to bring a bottle of urine into the testing room.'],
  ['testing', 'His random came back for alcohol.'],
  ['testing', 'She drank a bunch of detox tea before her UA.'],
  ['offense', "The guys he hangs out with rob people and he's the lookout."],
  ['offense', 'Nobody knows it was her who took the money from the church.'],
  ['testing', 'He asked if the court would find out about his dirty UA.'],
  ['substance', "She told staff she had taken a couple of her friend's Klonopin to sleep."],
  ['substance', "The pharmacy won't fill his scripts anymore because he's been doctor shopping."],
  ['offense', 'Mr. Hale has been jacking bikes near the university.'],
  ['offense', 'She was seen going through the mailboxes in her building.'],
  ['offense', "He's been slanging out of his girlfriend's apartment."],
  ['enforcement', 'Ray asked me to call the clerk about the bench warrant hanging over him.'],
  ['offense', "He's been flipping stolen bikes out of his tent."],
  ['offense', 'She washes checks she gets from a guy downtown.'],
  ['offense', 'It was only a couple of steaks from Safeway, she was feeding her kids.'],
  ['offense', 'He was sawing catalytic converters off cars in the Costco lot.'],
  ['offense', 'She tagged the back of the warehouse with a paint pen.'],
  ['offense', 'He stiffed the cab driver on Friday.'],
  ['offense', 'J is hawking pills outside the clinic again.'],
  ['offense', 'She holds the money for her boyfriend while he deals.'],
  ['offense', 'He went through unlocked cars on 5th Avenue last night.'],
  ['offense', 'She rode the train all week without a ticket.'],
  ['offense', 'He broke the lock on the storage unit next to his and took a TV.'],
  ['offense', "He slept in the laundry room of an apartment building he doesn't live in."],
  ['offense', 'She admitted to taking her roommate’s rent money.'],
  ['offense', 'Loss prevention stopped him at the door with two bags.'],
  ['enforcement', 'Rangers trespassed him from the park on Saturday.'],
  ['enforcement', 'Officers ran his name and found a warrant.'],
  ['enforcement', 'She spent two nights in county last week.'],
  ['enforcement', 'He got a camping ticket under the bridge.'],
  ['enforcement', 'He was swept up in the raid on the motel.'],
  ['enforcement', 'Cops came to the camp looking for him last night.'],
  ['enforcement', "She's got a court date for a new theft charge."],
  ['enforcement', "The sheriff's office is looking for him."],
  ['enforcement', "The detective called me asking where he's staying."],
];

const allowed: readonly string[] = [
  'He gets his Vivitrol shot monthly at the clinic.',
  'She picked up her buprenorphine prescription on Tuesday.',
  'The warrant was quashed at Monday’s hearing.',
  'He broke the glass on the door by accident.',
  'She took a glass of water and sat down.',
  'He is down to one pack of cigarettes a day.',
  'She hit the road early to make her appointment.',
  'Her boyfriend drinks forties on the weekends.',
  'She drinks a lot of water before her appointments.',
  'She was positive about the new job.',
  'His SCRAM data shows no alerts since it was installed.',
  'He picked up a new nicotine patch at the pharmacy.',
  'Her stolen phone was returned by the police.',
  'He had his phone stolen at the bus stop.',
  'She is working at the county health clinic.',
  'He moved to the county housing program in May.',
  'We talked about how to avoid package theft.',
  'She sold her old couch for $20 on Craigslist.',
  'She was booked for a dentist appointment Friday.',
  'The officer at the front desk helped him with the paperwork.',
  'We talked about warrants and how to check for them.',
  'The court reviewed the program rules with the group.',
];

describe('breadth: offense, substance, testing and enforcement language', () => {
  test.each(flagged)('flags as %s: %s', (category, sentence) => {
    expect(classifySentence(sentence, DEFAULT_ENGINE_OPTIONS)?.category).toBe(category);
  });
  test.each(allowed)('leaves alone: %s', (sentence) => {
    expect(classifySentence(sentence, DEFAULT_ENGINE_OPTIONS)).toBeNull();
  });
});
