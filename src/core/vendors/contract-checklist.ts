import { type Message, msg } from '../message.ts';
import checklistData from './data/contract-checklist.json' with { type: 'json' };

/** Where a legal fact comes from: the published text, the provision, and when it was last read. */
export type ChecklistSource = {
  title: string;
  url?: string;
  provision: string;
  /** The day the rule applies from (ISO date). */
  appliesFrom?: string;
  /** The day someone read the provision in the published text (ISO date). */
  checked: string;
};

/** One clause to ask a vendor for, with why; its texts are messages under `vendors.checklist.<id>`. */
export type ChecklistItem = {
  id: string;
  topic: Message;
  why: Message;
  source: ChecklistSource;
};

type RawItem = { id: string; facts: Record<string, string | number>; source: ChecklistSource };

/**
 * The contract checklist: data ownership and return, deletion on exit, logs, limitations, human
 * oversight, and the switching terms (notice, transition period, data retrieval window, switching
 * charges). Each with why and its source. The legal facts (two months, 30 days, the date switching
 * charges end) live in `data/contract-checklist.json` and reach the texts as parameters, so a change
 * in the law is one edit there.
 */
export function contractChecklist(): ChecklistItem[] {
  return (checklistData.items as RawItem[]).map((item) => ({
    id: item.id,
    topic: msg(`vendors.checklist.${item.id}.topic`, item.facts),
    why: msg(`vendors.checklist.${item.id}.why`, item.facts),
    source: { ...item.source },
  }));
}
