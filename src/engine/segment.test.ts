import { describe, expect, test } from 'vitest';
import { segment } from './segment';

function texts(text: string): string[] {
  return segment(text).map((seg) => text.slice(seg.start, seg.end));
}

describe('segment: sentences', () => {
  test.each([
    [
      'titles',
      'Mr. Smith met Dr. Jones and Mrs. Lee. Ms. Ray came too.',
      ['Mr. Smith met Dr. Jones and Mrs. Lee.', 'Ms. Ray came too.'],
    ],
    [
      'St. and Jr.',
      'He lives near St. Mark. John Smith Jr. called.',
      ['He lives near St. Mark.', 'John Smith Jr. called.'],
    ],
    [
      'a note that starts its next sentence in lowercase',
      'pt released Sat from SCORE. pt says he needs his appt. moved to Tues',
      ['pt released Sat from SCORE.', 'pt says he needs his appt. moved to Tues'],
    ],
    [
      'a.m. before lowercase',
      'We met at 9 a.m. on Friday. It went well.',
      ['We met at 9 a.m. on Friday.', 'It went well.'],
    ],
    [
      'a.m. before a weekday',
      'We met at 9 a.m. Friday at the clinic. Good.',
      ['We met at 9 a.m. Friday at the clinic.', 'Good.'],
    ],
    [
      'a weekday after other abbreviations',
      'He said no. Monday he came. Bring ID, etc. Friday works.',
      ['He said no.', 'Monday he came.', 'Bring ID, etc.', 'Friday works.'],
    ],
    ['p.m. ending a sentence', 'We met at 3 p.m. He was on time.', ['We met at 3 p.m.', 'He was on time.']],
    [
      'U.S. before a capital',
      'The U.S. Attorney called. We talked.',
      ['The U.S. Attorney called.', 'We talked.'],
    ],
    [
      'e.g. and i.e.',
      'Barriers, e.g. Transport, remain. Goals, i.e. Housing, next.',
      ['Barriers, e.g. Transport, remain.', 'Goals, i.e. Housing, next.'],
    ],
    [
      'etc. at the end',
      'He needs ID, a phone, etc. We are working on it.',
      ['He needs ID, a phone, etc.', 'We are working on it.'],
    ],
    [
      'vs. and No.',
      'State vs. Lee is case No. 4417. It is set for trial.',
      ['State vs. Lee is case No. 4417.', 'It is set for trial.'],
    ],
    [
      'approx. and months',
      'Approx. 30 people came on Jan. 5 and Dec. 12. That is good.',
      ['Approx. 30 people came on Jan. 5 and Dec. 12.', 'That is good.'],
    ],
    [
      'initials',
      'J. Smith and J.R. Lee met. A. B. Cole too.',
      ['J. Smith and J.R. Lee met.', 'A. B. Cole too.'],
    ],
    [
      'decimals and times',
      'It cost $3.50 at 10.30 today. He paid 2.5 hours later.',
      ['It cost $3.50 at 10.30 today.', 'He paid 2.5 hours later.'],
    ],
    [
      'ellipsis mid-sentence',
      'He waited... and waited. Then left… Finally.',
      ['He waited... and waited.', 'Then left…', 'Finally.'],
    ],
    ['question and exclamation runs', 'Really?! Yes! ok? sure.', ['Really?!', 'Yes!', 'ok?', 'sure.']],
    [
      'closing quotes and brackets',
      'He said "I am fine." Then (he left.) She agreed.\u201d Done.',
      ['He said "I am fine."', 'Then (he left.)', 'She agreed.\u201d', 'Done.'],
    ],
    ['period before lowercase', 'He left. then came back.', ['He left. then came back.']],
    ['emoji and non-BMP', 'Great day 😀. 𝒳 marks it. 😀 Ok', ['Great day 😀.', '𝒳 marks it.', '😀 Ok']],
    ['no terminal punctuation', 'just a fragment', ['just a fragment']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('segment: lines, paragraphs and lists', () => {
  test.each([
    [
      'soft wrap before lowercase',
      'He went to the\nstore and\nleft. Then slept.',
      ['He went to the\nstore and\nleft.', 'Then slept.'],
    ],
    ['newline after terminal punctuation', 'He left.\nthen came back.', ['He left.', 'then came back.']],
    ['newline before a capital', 'Hi Judge Lee,\nJohn attended.', ['Hi Judge Lee,', 'John attended.']],
    ['abbreviation at a line end', 'Barriers e.g.\ntransport. Next.', ['Barriers e.g.\ntransport.', 'Next.']],
    [
      'CRLF',
      'One.\r\nTwo went to\r\nthe store.\r\n\r\nThree.',
      ['One.', 'Two went to\r\nthe store.', 'Three.'],
    ],
    ['lone CR', 'One.\rTwo.\r\rThree.', ['One.', 'Two.', 'Three.']],
    [
      'bullets',
      '- met twice\n* enrolled\n• housing\n·food\n+ phone',
      ['met twice', 'enrolled', 'housing', 'food', 'phone'],
    ],
    [
      'numbered and lettered',
      '1. one\n2) two\na) three\nb. four\n(3) five',
      ['one', 'two', 'three', 'four', 'five'],
    ],
    ['item with soft wrap', '- he went to\n  the store\n- next', ['he went to\n  the store', 'next']],
    ['item is not split', '- Met Tuesday. Went well.', ['Met Tuesday. Went well.']],
    ['list after prose', 'Updates:\n- met\nThanks, Bob', ['Updates:', 'met', 'Thanks, Bob']],
    [
      'not a marker',
      '-5 degrees. 1.5 hours. *emphasis* here.',
      ['-5 degrees.', '1.5 hours.', '*emphasis* here.'],
    ],
    ['bare marker', '-\n- real', ['real']],
    ['whitespace only', ' \n\t\r\n ', []],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('short lines typed without full stops are sentences of their own', () => {
    const text =
      'quick one re tasha\nshe still has the nco w marcus\nsaw them both at the laundromat sat\nanyway her ID came';
    expect(texts(text)).toEqual([
      'quick one re tasha',
      'she still has the nco w marcus',
      'saw them both at the laundromat sat',
      'anyway her ID came',
    ]);
  });

  test('a hard-wrapped paragraph is one sentence, whatever word its lines end on', () => {
    const lines = [
      'Ms. Ortiz has kept every appointment with me since the hearing in March',
      'and she started the evening shift at the bakery on Rainier last week',
      'which her supervisor says is going well.',
    ];
    expect(texts(lines.join('\n'))).toEqual([lines.join('\n')]);
  });

  test('a long line followed by one that opens with a subject is a sentence of its own', () => {
    const lines = [
      'his release conditions say no trips outside King County without asking first',
      "he spent the weekend at his brother's place down in Portland",
    ];
    expect(texts(lines.join('\n'))).toEqual(lines);
  });

  test('a line that ends on a word no sentence ends on runs on, however short', () => {
    expect(texts('She went with the\nkids to the clinic.')).toEqual([
      'She went with the\nkids to the clinic.',
    ]);
    expect(texts('Barriers: bus fare,\nchild care')).toEqual(['Barriers: bus fare,\nchild care']);
  });

  test('a chat line the next word would have fitted on ends there, however long', () => {
    const lines = [
      'kenji watanabe has the nco, protected party is his ex-wife mariko',
      'mariko came by his room at the el rey motel sunday and they had dinner together',
    ];
    expect(texts(lines.join('\n'))).toEqual(lines);
  });

  test("a chat transcript's name-and-time line is a line of its own", () => {
    expect(
      texts('he told me he went tubing on the salt river sat with his cousins\nhector 10:31 AM'),
    ).toEqual(['he told me he went tubing on the salt river sat with his cousins', 'hector 10:31 AM']);
  });

  test('a line ending on a word a sentence may end on runs on only into a noun phrase', () => {
    expect(texts('he said he smoked before he came in\nsharp otherwise, had his paperwork')).toEqual([
      'he said he smoked before he came in',
      'sharp otherwise, had his paperwork',
    ]);
    expect(texts('he went to court in\nthe morning with his mom')).toEqual([
      'he went to court in\nthe morning with his mom',
    ]);
  });

  test('blank lines separate paragraphs; whitespace-only lines count as blank', () => {
    const text = 'A one. A two.\n\n \nB one.\r\n\r\n- C item\n- C item two';
    expect(segment(text).map((seg) => seg.paragraph)).toEqual([0, 0, 1, 2, 2]);
  });

  test('records where each segment line starts, marker and indentation included', () => {
    const text = 'Intro. More.\n  - item\n  Next.';
    expect(segment(text).map(({ item, lineFirst, lineStart }) => ({ item, lineFirst, lineStart }))).toEqual([
      { item: false, lineFirst: true, lineStart: 0 },
      { item: false, lineFirst: false, lineStart: 0 },
      { item: true, lineFirst: true, lineStart: 13 },
      { item: false, lineFirst: true, lineStart: 22 },
    ]);
  });
});
