/**
 * Vehicles and using one, in the rule pattern language (compile.ts). Shared by the driving rules and by the
 * passage check that reads driving as a breach of a licence status named in another sentence.
 */

/** Not someone else at the wheel: "his sister drives his car now". */
export const NOT_THEIRS =
  '(?<!\\b(?:sister|brother|mom|mother|dad|father|wife|husband|girlfriend|boyfriend|partner|friend|cousin|aunt|uncle|daughter|son|roommate|neighbou?r|grandma|grandmother|grandpa|niece|nephew|coworker|sponsor)\\s)';

/** Vehicles, by kind and by the models people name ("her cousin's Civic"); a trailing comma is allowed. */
export const CAR =
  '(car|cars|truck|trucks|van|suv|vehicle|whip|jeep|pickup|minivan|sedan|civic|camry|accord|corolla|altima|impala|prius|tahoe|explorer|f-150|mustang|charger|honda|toyota|ford|chevy|nissan|dodge|kia|hyundai|subaru|bmw|jetta|malibu|silverado|ram|sentra|buick|cadillac|lincoln|gmc|mazda|volkswagen|vw|audi|mercedes|lexus|acura|infiniti|chrysler|tesla|volvo|mitsubishi|pontiac|saturn|scion|fiat|odyssey|sienna|rav4|cr-v|crv|highlander|4runner|tacoma|tundra|f150|ranger|escape|focus|fusion|taurus|equinox|cruze|suburban|traverse|durango|caravan|wrangler|cherokee|outback|forester|optima|sorento|elantra|sonata|rogue|pathfinder|frontier|versa|maxima|passat|beetle|hatchback|coupe|convertible|station_wagon|box_truck|u-haul|uhaul|motorcycle|motorbike|moped|scooter|dirt_bike|atv),?';

/** Using a vehicle as its driver, in everyday words: "getting around in", "sneaking her sister's car out". */
export const CAR_USE = `${NOT_THEIRS}(getting_around|gets_around|got_around|get_around|cruising|cruises|cruised|cruise|wheeling|rolling_around|rolls_around|rolled_around|running_errands|runs_errands|ran_errands|running_around|runs_around|ran_around|zipping_around|tooling_around|sneaking|sneaks|snuck|sneaked|taking|takes|took|borrowing|borrows|borrowed|use|giving_rides|gives_rides|gave_rides|picked_(me|us)_up|picks_(me|us)_up|picking_(me|us)_up|using|uses|used|commuting|commutes|commuted|driving|drives|drove|driven|drive|operating|operates|operated|operate|moving|moves|moved|making_deliveries|makes_deliveries|made_deliveries|doing_deliveries|does_deliveries|did_deliveries|delivering|pushing|pushes|whipping|whips|whipped) ~5 ${CAR}`;

/** Riding what needs a licence: "rode his friend's motorcycle", "rides a dirt bike". */
