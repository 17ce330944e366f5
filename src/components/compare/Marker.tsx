/** "Differs" or "same": a symbol and a word, never colour alone. */
import type { CompareStrings } from './types';

export function Marker({ differs, strings, text }: { differs: boolean; strings: CompareStrings; text?: string }) {
  return (
    <span class={`cmp-marker cmp-marker--${differs ? 'differs' : 'same'}`} data-marker={differs ? 'differs' : 'same'}>
      <span aria-hidden="true">{differs ? '≠' : '='}</span> {text ?? (differs ? strings.compare.differs : strings.compare.same)}
    </span>
  );
}
