// The interface in French, loaded the first time a map speaks it (strings.ts, wordsFor): the same
// keys as English, with French typography.
// Nothing of strings.ts at run time but its type: this file then imports nothing, and bundles
// make it one small file (sharing and() made a third, shared file of the library's build).
import type { Strings } from './strings.js';

/** « A », « A et B », « A, B et C ». */
const et = (names: readonly string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;

// French typography: a no-break space before : ; ? ! and inside « ».
const nb = '\u00a0';

export const fr: Strings = {
  reach: {
    direct: 'Accès direct',
    assisted: 'Par un autre État',
    contested: 'Contesté en justice',
    none: 'Aucune voie',
  },
  reachWords: {
    direct: 'accès direct',
    assisted: 'accès par un autre État',
    contested: 'accès contesté en justice',
    none: 'aucune voie',
  },
  roles: {
    requester: 'État requérant',
    provider: 'siège du fournisseur',
    data: 'lieu des données',
    requested: 'État requis',
    conflict: 'sa loi fait obstacle',
  },
  withConflict: ', une loi fait obstacle',
  loadingLabel: 'Carte du monde, chargement',
  loading: 'Chargement de la carte…',
  skipMap: 'Passer la carte',
  mapEnd: 'Fin de la carte.',
  stepKeys: `Dans ce scénario${nb}: → ou Page suivante pour l’étape suivante, ← ou Page précédente pour la précédente, Début et Fin, N pour les notes, F pour le plein écran.`,
  mapKeys: `Touches${nb}: + et − pour zoomer, 0 pour revenir à la vue d’ensemble${nb}; Tab mène aux centres de données et aux pays${nb}: les flèches parcourent d’abord ceux de cette réponse, puis tous les autres${nb}; tapez un nom pour y aller.`,
  // Without the answer's English sentence: a French name read with a French voice would read it
  // too (the live region and the panel give it, marked lang="en").
  worldMap: () => 'Carte du monde',
  countriesGroup: 'Pays, ceux de cette réponse d’abord',
  datacenters: 'Centres de données',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Réinitialiser le zoom',
  dismiss: 'Fermer le message',
  retry: 'Réessayer',
  moreProblems: (count) => `…et ${count} autres (l’événement jm-error les donne tous).`,
  stepOf: (step, steps) => `étape ${step} sur ${steps}`,
  previousStep: 'Étape précédente',
  colon: '\u00a0: ',
  offScript: 'La carte montre maintenant votre propre choix, pas cette étape.',
  backToStep: (step) => `Revenir à l’étape ${step}`,
  nextStep: 'Étape suivante',
  play: 'Lecture',
  pause: 'Pause',
  notes: 'Notes',
  noNotes: 'Pas de notes pour cette étape.',
  notesLoading: 'Chargement des notes…',
  notesFailed:
    'Les notes n’ont pas pu être chargées. Masquez-les puis affichez-les pour réessayer, ou rechargez la page.',
  yearTo: (date) => `Dans l’année précédant le ${date}`,
  request: 'Demande',
  from: 'Émise par',
  datacenter: 'Centre de données',
  cannotIssue: ' — ne peut pas l’émettre',
  asOf: (date) => `Au ${date}`,
  asOfDate: 'Date de référence',
  playYears: 'Faire défiler les années',
  pauseYears: 'Arrêter le défilement des années',
  map: 'Carte',
  table: 'Tableau',
  explanation: 'Explication',
  choose: 'Choisissez une demande, un État requérant et un centre de données.',
  downloadPng: 'Télécharger en PNG',
  downloadSvg: 'Télécharger en SVG',
  downloadCsv: 'Télécharger en CSV',
  copyLink: 'Copier le lien',
  copyEmbed: 'Copier le code d’intégration',
  link: 'Lien',
  embedCode: 'Code d’intégration',
  copied: (what) => `${what} copié.`,
  notAdvice: 'Ceci n’est pas un avis juridique.',
  disclaimer: (checked) =>
    ` Établi à partir de sources publiques vérifiées le ${checked}${nb}; le droit évolue et chaque affaire dépend de ses faits.`,
  legend: 'Légende',
  legendCountries: 'Pays',
  // French repeats the preposition: « de Microsoft et d’Amazon Web Services ».
  onlyOf: (names) =>
    `centres de données ${et(names.map((n) => (/^[aeiouàâéèêîôû]/i.test(n) ? 'd’' : 'de ') + n))} seulement`,
  legendDatacenters: 'Centres de données',
  legendRequester: 'État requérant',
  legendProvider: 'Siège du fournisseur',
  legendData: 'Lieu des données',
  legendRequested: 'État requis',
  legendParty: 'Partie à un traité invoqué',
  legendConflict: 'Sa loi fait obstacle',
  legendBarrier: 'Une loi fait obstacle',
  legendPath: 'Trajet de la demande, numéroté',
  path: 'Trajet',
  laws: 'Lois, traités et décisions de justice',
  inTheWay: 'Obstacles',
  timeToData: 'Délai d’obtention',
  sources: (n) => `Sources (${n})`,
  sourcesUnloaded: 'Sources',
  sourcesLoading: 'Chargement des sources…',
  sourcesFailed:
    'Les sources n’ont pas pu être chargées. Refermez puis rouvrez cette liste pour réessayer, ou rechargez la page.',
  checked: (date) => `(vérifiée le ${date})`,
  close: 'Fermer',
  inForceFor: (date) => `En vigueur pour ce pays au ${date}`,
  events: {
    'in-force': `${nb}: entrée en vigueur`,
    ended: `${nb}: fin d’application`,
    decided: `${nb}: décision rendue`,
    vacated: `${nb}: décision infirmée ou annulée`,
  },
  since: (date) => `depuis le ${date}`,
  noInstrument: 'Aucun instrument répertorié ne le lie à cette date.',
  datacentersHere: 'Centres de données dans ce pays',
  noneInData: 'Aucun dans les données.',
  country: 'Pays',
  // Without « par » and a country's article (les États-Unis, l’Allemagne), which the data lacks.
  tableCaption: (type, from, date) =>
    `Portée${nb}: ${type}${nb}; État requérant${nb}: ${from}${nb}; à la date du ${date}`,
  compared: 'Comparaison',
  onTheMap: 'Sur la carte',
  reachLabel: 'Portée',
  swap: 'Afficher la comparaison sur la carte',
  describe: (type, from, provider, datacenter) =>
    `${type} (${from})${nb}: ${datacenter}, ${provider}`,
  badAttribute: (attribute, message) => `L’attribut ${attribute} est incorrect${nb}: ${message}.`,
  unknownValue: (value, allowed) =>
    allowed.length > 1
      ? `«${nb}${value}${nb}» ne fait pas partie des valeurs admises${nb}: ${et(allowed.map((a) => `«${nb}${a}${nb}»`))} (la valeur par défaut s’applique)`
      : `«${nb}${value}${nb}» n’est pas «${nb}${allowed[0]}${nb}», sa seule valeur admise (la valeur par défaut s’applique)`,
  dataAttribute:
    'un jeu de données se donne par la propriété data, depuis un script, et l’adresse d’un fichier par l’attribut src',
  noFullscreen:
    'Le navigateur a refusé le plein écran. Dans un iframe, le cadre doit porter allow="fullscreen".',
  noDatacenter: (value) => `Aucun centre de données ne correspond à «${nb}${value}${nb}».`,
  noId: (kind, values, meant) => {
    const quoted = (ids: (string | undefined)[]) =>
      ids.flatMap((id) => (id === undefined ? [] : [`«${nb}${id}${nb}»`])).join(', ');
    const hint = quoted(meant);
    const many = values.length > 1;
    return `aucun ${kind === 'country' ? 'pays' : 'fournisseur'} ne porte ${many ? 'les identifiants' : 'l’identifiant'} ${quoted(values)} dans les données${hint ? ` (peut-être ${hint})` : ''}`;
  },
  notSeconds: (value) =>
    `«${nb}${value}${nb}» n’est pas un nombre de secondes égal ou supérieur à 1 (8 secondes par défaut)`,
  stepWithoutScenario: 'aucun scénario n’est choisi (attribut scenario)',
  sourceNotes: 'Remarques sur les sources',
  manyDatacenters: (value, count) =>
    `${count} centres de données correspondent à «${nb}${value}${nb}»${nb}: choisissez-en un dans la liste.`,
  bundleNotUsed: (where, message) => `${where} n’a pas été utilisé. ${message}`,
  bundleNotLoaded: (src, message) =>
    `Le jeu de données ${src} n’a pas pu être chargé (${message}).`,
  dataProperty: 'Le jeu de données de la propriété data',
  bundleAt: (src) => `Le jeu de données ${src}`,
  imageFailed: (message) => `L’image n’a pas pu être créée${nb}: ${message}.`,
  exportSources: (list, more, checked) =>
    `Sources${nb}: ${list}${more}. Données vérifiées le ${checked}. Ceci n’est pas un avis juridique. Jurisdiction Map.`,
  andMore: (n) => `${nb}; et ${n} autres`,
};
