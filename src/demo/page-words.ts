// The demo page's own words in French, for ?lang=fr: the map spoke French under an English
// heading, introduction and footer, and the page said lang="en" (the presenter review). The map
// translates itself (src/i18n/); this is only the page around it.

/** Puts the page's heading, introduction, footer and title in French, and says so in its lang. */
export function pageInFrench(): void {
  const nb = '\u00a0';
  document.documentElement.lang = 'fr';
  document.title = `Jurisdiction Map${nb}: qui peut atteindre les données dans le cloud${nb}?`;
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute(
      'content',
      'Quelles lois et quels traités permettent à un État d’atteindre des données stockées dans un centre de données, et lesquels y font obstacle : une carte à travers le temps, avec ses sources.',
    );
  const set = (selector: string, text: string) => {
    const node = document.querySelector(selector);
    if (node) node.textContent = text;
  };
  set('.intro h1', `Qui peut atteindre les données dans le cloud${nb}?`);
  set('.intro summary', 'L’affaire à l’origine de cette carte');
  // The law's English names marked so, for a screen reader's voice.
  const en = (text: string) =>
    Object.assign(document.createElement('span'), { lang: 'en', textContent: text });
  document
    .querySelector('.intro p')
    ?.replaceChildren(
      'En décembre 2013, un juge fédéral américain (',
      en('magistrate judge'),
      ') a délivré un mandat fondé sur le ',
      en('Stored Communications Act'),
      ` pour les courriels d’un client de Microsoft. Microsoft a refusé${nb}: les courriels se trouvaient dans son centre de données de Dublin, et un mandat américain, soutenait-elle, s’arrête à la frontière${nb}; les États-Unis devaient demander l’aide de l’Irlande au titre de leur traité d’entraide judiciaire. Les tribunaux ont donné raison au gouvernement en 2014, la cour d’appel du deuxième circuit à Microsoft en 2016, et en mars 2018 le `,
      en('CLOUD Act'),
      ' a étendu le mandat aux données où qu’elles se trouvent. Changez la date ou la demande, ou cliquez sur un centre de données, pour voir qui peut atteindre quoi, par quelle voie, et ce qui y fait obstacle.',
    );
  const footer = document.querySelector('footer');
  if (footer) {
    const folder = document.createElement('code');
    folder.textContent = 'data/';
    footer.replaceChildren(
      'Ceci n’est pas un avis juridique. Les sources de chaque fait figurent dans le panneau et dans le dossier ',
      folder,
      ' du projet.',
    );
  }
}
