// Words that carry no technical content: common English function words, plus the filler verbs
// and adverbs interview answers lean on ("it is used to", "mainly", "etc.").
const functionWords = `a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing done down during each either else
even ever every few for from further had has have having he her here hers him his how however i if in
into is it its itself just let many may me might more most much must my neither no nor not now of off
on once one only or other ought our ours out over own per rather same she should since so some still
such than that the their theirs them then there these they this those though through thus to too under
until up upon us very via was we were what whatever when where whether which while who whom whose why
will with within without would yet you your yours`;

const fillerWords = `able actually allow allowing allows always another anything around based basically
better come comes commonly completely correct ensure especially etc example find finds found give given
gives go goes good help helps here how include includes including instead keep keeps kind lets like
mainly make makes making mean means meaning need needed needs often proper properly really second see
seen several simply specific thing things three two typically usually use used uses using way ways well`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${functionWords} ${fillerWords}`.split(/\s+/).filter(Boolean),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}
