/** Redaction of credentials and `<private>` spans, pure: see design.md §12. */
export {applyFindings, describeCounts, mergeFindings, replacementFor, type Finding, type Redaction} from './apply.ts'
export {EXAMPLE_SECRETS, entropy, isCode, isExample, isPlaceholder, isUuid, looksSecret} from './allow.ts'
export {privateSpans} from './private.ts'
export {RULES, ruleFindings} from './rules.ts'
export {redactWith} from './redact.ts'
