import type { Audience, Format } from '@kurskatalog/contract'

/** A course the bench adds to the demo catalogue so the listing has a realistic 30 entries. */
export interface BenchCourse {
  title: string
  summary: string
  audience: Audience
  format: Format
  duration: string
}

// Invented courses of the kind a municipal training agency offers; summaries of a realistic length.
const courses: [string, string][] = [
  ['Klarspråk i brev og vedtak', 'Skriv slik at innbyggerne forstår deg første gang: struktur, ordvalg og tone i brev, vedtak og e-post.'],
  ['Prosjektledelse i praksis', 'Planlegging, risiko, interessenter og gevinster – med kommunens prosjektveiviser som ramme.'],
  ['Innføring i offentlige anskaffelser', 'Regelverket, terskelverdiene og de vanligste feilene, med eksempler fra kommunens egne konkurranser.'],
  ['Informasjonssikkerhet for alle', 'Phishing, passord, deling av dokumenter og hva du gjør når noe har gått galt.'],
  ['Personvern og GDPR i hverdagen', 'Hva personopplysninger er, når du kan behandle dem, og hvordan du svarer på innsyn.'],
  ['Endringsledelse', 'Å lede folk gjennom omstilling: forankring, medvirkning og å holde fast i retningen over tid.'],
  ['Konflikthåndtering på arbeidsplassen', 'Forstå hvordan konflikter trappes opp, og øv på samtalene som tar dem ned igjen.'],
  ['Møteledelse som gir resultater', 'Færre og bedre møter: formål, agenda, beslutninger og oppfølging.'],
  ['Tjenestedesign for kommunale tjenester', 'Innsikt fra brukerne, prototyper og testing – fra idé til en bedre tjeneste.'],
  ['Arbeidsmiljø og HMS for ledere', 'Lederens ansvar etter arbeidsmiljøloven, risikovurdering og oppfølging av sykefravær.'],
  ['Rekruttering og intervjuteknikk', 'Kompetansebasert rekruttering, strukturerte intervjuer og likebehandling i hele prosessen.'],
  ['Økonomistyring for ledere', 'Budsjett, prognoser og avviksrapportering i kommunens økonomisystem.'],
  ['Digital samhandling i Teams', 'Kanaler, filer, møter og gode vaner som gjør samarbeidet enklere for hele teamet.'],
  ['Universell utforming av digitale tjenester', 'WCAG i praksis: hva kravene betyr, og hvordan du sjekker egne sider og dokumenter.'],
  ['Mestringsorientert ledelse', 'Motivasjon, tilbakemeldinger og et klima der medarbeidere lærer og lykkes.'],
  ['Veiledning av nyansatte', 'En god første tid: plan for opplæring, fadderordning og samtaler som bygger tillit.'],
  ['Presentasjonsteknikk', 'Bygg opp budskapet, bruk stemmen og kroppsspråket, og hold publikum med deg.'],
  ['Forvaltningsloven i praksis', 'Saksbehandlingsregler, habilitet, begrunnelse og klage – med øvelser på egne saker.'],
  ['Innovasjon i offentlig sektor', 'Metoder for å teste nye løsninger trygt, og hvordan du får gode idéer gjennomført.'],
  ['Likestilling og mangfold i arbeidslivet', 'Aktivitets- og redegjørelsesplikten, og tiltak som gir en mer mangfoldig arbeidsplass.'],
  ['Stressmestring og egen arbeidshverdag', 'Kjenn tegnene på stress, prioriter bedre og bygg gode rutiner for restitusjon.'],
  ['Datadrevet styring', 'Fra tall til beslutning: gode indikatorer, enkle analyser og fortellingen bak dataene.'],
  ['Innbyggerdialog og medvirkningsmetoder', 'Verktøy for å involvere innbyggere tidlig, og for å vise hva innspillene førte til.'],
  ['Kommunikasjon i kriser', 'Rollene, budskapene og kanalene når noe alvorlig skjer – med en øvelse til slutt.'],
  ['Bærekraft i innkjøp og drift', 'Klimakrav, livssykluskostnader og sirkulære løsninger i kommunens egen drift.'],
  ['Arkiv og dokumentasjon', 'Hva som skal arkiveres, hvordan, og hvorfor det betyr noe for innsyn og rettssikkerhet.'],
  ['Lederrollen for nye ledere', 'Overgangen fra kollega til leder: forventninger, ansvar og de første hundre dagene.'],
]

const audiences: Audience[] = ['leaders', 'employees', 'all']
const formats: Format[] = ['in-person', 'digital', 'hybrid']
const durations = ['1 dag', '2 timer', 'halv dag', '2 dager', '3 samlinger']

/** `count` courses (at most the number written above), varied in audience, format and length. */
export function benchCourses(count: number): BenchCourse[] {
  if (count > courses.length) throw new Error(`At most ${courses.length} bench courses are written out.`)
  return courses.slice(0, count).map(([title, summary], index) => ({
    title,
    summary,
    audience: audiences[index % audiences.length]!,
    format: formats[index % formats.length]!,
    duration: durations[index % durations.length]!,
  }))
}
