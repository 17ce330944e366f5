/**
 * The relationship map: each party in a row with the ties it holds towards the customer, and the
 * customer's services with what is recorded on each. Drawn from the picture (src/domain/picture.ts),
 * so it says what the facts table says, no more. Server-rendered with the island. An accessible
 * image named by its own summary; the facts table stays its text equivalent. Changes of the last
 * step are marked by a sign and a caption, not only by colour or motion.
 */
import { pictureChanges, pictureKey, type Picture, type PictureTie } from '~/domain/picture';
import { format } from '~/i18n/format';
import { changeCaptions } from './map-changes';
import { lineParties, lineSentence, partyName, slotName, tieText } from './map-text';
import type { SimulatorStrings } from './types';

interface Props {
  picture: Picture;
  /** The picture before the last step; undefined at the start. */
  before?: Picture | undefined;
  strings: SimulatorStrings;
  headingLevel: 'h2' | 'h3';
}

export function RelationshipMap({ picture, before, strings, headingLevel: H }: Props) {
  const { map } = strings;
  const changes = before ? pictureChanges(before, picture) : [];
  const changed = new Map(changes.map((c) => [c.tie ? c.tie.id : `${c.line!.slot}/${c.line!.id}`, c.kind]));
  const ties = picture.ties;
  const summary: string[] = [];

  const chip = (tie: PictureTie) => {
    const change = changed.get(tie.id);
    const text = tieText(strings, tie);
    summary.push(`${partyName(map, picture, tie.holder)}${map.colon}${text}${tie.known ? '' : format(map.detail, { detail: map.unknownMark })}`);
    return (
      <li class="sim-map__tie" data-tie={tie.id} data-known={tie.known ? 'true' : 'false'} data-change={change} key={tie.id}>
        {!tie.known && <span class="sim-map__unknown">?</span>}
        {text}
      </li>
    );
  };

  const rows = picture.parties.map((party, i) => {
    const own = ties.filter((t) => t.holder === party.id && !t.to);
    const links = ties.filter((t) => t.holder === party.id && t.to);
    return (
      <>
        <div class="sim-map__party" style={`grid-row: ${i * 2 + 1}`}>
          {partyName(map, picture, party.id)}
        </div>
        <ul class="sim-map__lane" style={`grid-row: ${i * 2 + 1}`}>
          {own.map(chip)}
        </ul>
        {links.length > 0 && (
          <ul class="sim-map__link" style={`grid-row: ${i * 2 + 2}`}>
            {links.map(chip)}
          </ul>
        )}
      </>
    );
  });

  const slots = picture.slots.map((slot) => (
    <div class="sim-map__slot">
      <p class="sim-map__slot-name">{slotName(strings, slot.label)}</p>
      <dl>
        {slot.lines.map((line) => {
          const change = changed.get(`${slot.id}/${line.id}`);
          const text = lineParties(strings, picture, line);
          summary.push(lineSentence(strings, slot.label, line.kind, text));
          return (
            <div data-known={line.parties === null ? 'false' : 'true'} data-change={change}>
              <dt>
                {map.lines[line.kind]}
                {map.colon.trim()}
              </dt>
              <dd>{text}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  ));

  const captions = before ? changeCaptions(strings, before, picture, changes) : [];
  return (
    <section class="sim-panel sim-map">
      <H class="sim-heading">{map.heading}</H>
      <div
        class="sim-map__picture"
        role="img"
        aria-label={format(map.name, { summary: summary.length ? summary.join(map.join) : map.empty })}
        data-picture={pictureKey(picture)}
      >
        {rows}
        <div class="sim-map__customer" style={`grid-row: 1 / ${picture.parties.length * 2 + 1}`}>
          <p class="sim-map__customer-name">{map.customer}</p>
          {slots}
        </div>
      </div>
      <div class="sim-map__changes" data-captions="">
        <p class="sim-label">{map.changesHeading}</p>
        {!before ? (
          <p class="sim-hint">{map.start}</p>
        ) : captions.length === 0 ? (
          <p class="sim-hint">{map.noChange}</p>
        ) : (
          <ul>
            {captions.map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
