import type { CitationInfo } from './types';

/** A rule ID that links to the rule's explanation, with its title for sighted and screen readers. */
export function RuleLink({ id, info }: { id: string; info: CitationInfo | undefined }) {
  const title = info?.title ?? id;
  if (!info?.href) {
    return (
      <span class="rule-ref" title={title}>
        {id}
      </span>
    );
  }
  return (
    <a class="rule-ref" href={info.href} title={title}>
      {id}
    </a>
  );
}

/** The ID badge followed by the rule's short title. */
export function RuleCitation({ id, info }: { id: string; info: CitationInfo | undefined }) {
  return (
    <span class="sim-citation">
      <RuleLink id={id} info={info} /> <span>{info?.title ?? ''}</span>
    </span>
  );
}
