/**
 * The observatories that add pages to the web client, listed once, as Program.cs lists the API's modules. main.ts
 * hands this list to the shell; the platform never imports an observatory. An observatory without pages of its own
 * (Portrait) is served by the generic dashboard and needs no entry.
 */
import type { ObservatoryDefinition } from '../platform/registry';
import { barometre } from './barometre';
import { commerce } from './commerce';
import { dechets } from './dechets';
import { emploi } from './emploi';
import { energie } from './energie';
import { environnement } from './environnement';
import { evaluation } from './evaluation';
import { foncierEco } from './foncier-eco';
import { foncierAgricole } from './foncier-agricole';
import { friches } from './friches';
import { habitat } from './habitat';
import { mobilite } from './mobilite';
import { social } from './social';
import { tourisme } from './tourisme';
import { sante } from './sante';
import { transitions } from './transitions';
import { trames } from './trames';
import { politiqueVille } from './politique-ville';
import { zan } from './zan';

export const observatories: readonly ObservatoryDefinition[] = [
  friches,
  zan,
  foncierEco,
  energie,
  mobilite,
  emploi,
  barometre,
  commerce,
  habitat,
  evaluation,
  environnement,
  social,
  tourisme,
  sante,
  transitions,
  trames,
  politiqueVille,
  dechets,
  foncierAgricole,
];
