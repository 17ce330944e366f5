/** Writes public/schemas/scenario.schema.json from the flow definitions (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { scenarioSchema } from '../src/domain/scenario-schema';

writeFileSync('public/schemas/scenario.schema.json', `${JSON.stringify(scenarioSchema(), null, 2)}\n`);
console.log('wrote public/schemas/scenario.schema.json');
