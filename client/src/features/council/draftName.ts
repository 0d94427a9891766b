// How a Council draft is named on screen: by its number ("2"), never by its id ("d2").

/** The draft's number as people say it ("Draft 2"); an id not of the form d<number> is shown whole. */
export function draftName(draftId: string): string {
  return /^d\d+$/.test(draftId) ? draftId.slice(1) : draftId;
}
