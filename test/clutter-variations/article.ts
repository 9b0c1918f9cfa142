/**
 * Article text for the held-out pages: a plain report, and paragraphs that use each clutter kind's
 * words innocently (an article about a book, the job market, a newsletter law, a platform, a search
 * engine, quoting people). These must stay visible and in the reader.
 */
import type { VariationKind } from './types'

export interface ArticleParagraph {
  /** The paragraph's HTML (inline links and emphasis allowed). */
  html: string
  /** Its text, as a reader sees it. */
  text: string
}

const plain = (text: string): ArticleParagraph => ({ html: text, text })

export const TITLE = 'Bundesnetzagentur bereitet Aufsicht über KI-Systeme vor'
export const URL = 'https://www.it-boltwise.de/bundesnetzagentur-bereitet-aufsicht-ueber-ki-systeme-vor.html'

export const DATELINE = plain(
  'BONN (IT BOLTWISE) – Die Bundesnetzagentur baut eine eigene Abteilung auf, die ab dem kommenden Jahr den Einsatz von KI-Systemen in Unternehmen und Behörden überwachen soll.',
)

export const BASE_PARAGRAPHS: readonly ArticleParagraph[] = [
  plain('Nach Angaben der Behörde sollen in der neuen Abteilung zunächst rund 120 Fachleute arbeiten, darunter Juristinnen, Informatiker und Statistiker. Sie sollen prüfen, ob Anbieter von Hochrisiko-Anwendungen die Vorgaben der europäischen KI-Verordnung einhalten.'),
  plain('Behördenchef Ansgar Lindemann sagte, man wolle Unternehmen nicht mit Formularen überziehen, sondern früh beraten. „Wer seine Systeme sauber dokumentiert, hat von uns nichts zu befürchten“, so Lindemann bei der Vorstellung der Pläne in Bonn.'),
  plain('Wirtschaftsverbände begrüßen, dass eine einzige Stelle zuständig sein soll. Zugleich warnen sie davor, dass die Prüfverfahren zu lange dauern könnten, wenn die Abteilung nicht schnell genug Personal findet.'),
  plain('Datenschützer sehen die Zuständigkeit der Netzagentur kritischer. Sie verweisen darauf, dass viele KI-Anwendungen personenbezogene Daten verarbeiten und die Landesdatenschutzbehörden deshalb eng eingebunden werden müssten.'),
  plain('Das Bundeskabinett will den Gesetzentwurf zur Durchführung der Verordnung noch vor der Sommerpause beschließen. Der Bundestag könnte sich dann im Herbst in erster Lesung damit befassen.'),
]

/** For each clutter kind, article paragraphs that share its words. */
export const INNOCENT_PARAGRAPHS: Record<VariationKind, readonly ArticleParagraph[]> = {
  jobs: [
    plain('Der Arbeitsmarkt für KI-Fachleute bleibt angespannt: Laut einer Auswertung der Bundesagentur für Arbeit waren im Juni mehr als 14.000 Stellen für Data Scientists und Machine-Learning-Ingenieure unbesetzt, die meisten davon in München, Berlin und Hamburg.'),
    plain('In Stellenanzeigen der Behörde wird für die neuen Posten ausdrücklich Erfahrung mit Sprachmodellen verlangt; gesucht werden etwa „Referentinnen und Referenten für KI-Aufsicht (m/w/d)“ in Bonn und Mainz, die Bewerbungsfrist endet im Oktober.'),
  ],
  books: [
    plain('Wie schwer solche Prüfungen sind, beschreibt die Soziologin Carla Neumeister in ihrem Buch „Die vermessene Entscheidung“, das im Frühjahr erschienen ist. Neumeister hat darin Dutzende Fälle untersucht, in denen Algorithmen über Kredite und Bewerbungen entschieden.'),
    plain('Die Autorin fordert, dass Behörden die Trainingsdaten selbst einsehen dürfen. Ihr Buch stand mehrere Wochen auf der Sachbuch-Bestsellerliste und wird inzwischen auch an Hochschulen gelesen.'),
  ],
  subscribe: [
    plain('Parallel verschärft der Gesetzgeber die Regeln für Werbe-E-Mails: Newsletter dürfen künftig nur noch mit ausdrücklicher Einwilligung verschickt werden, und wer einen solchen Dienst abonniert hat, muss sich mit einem Klick wieder abmelden können.'),
    plain('Verbraucherschützer hatten kritisiert, dass viele Nutzer jeden Morgen Dutzende ungewollte Nachrichten in ihrem Postfach finden, obwohl sie sich nie für einen Newsletter angemeldet haben.'),
  ],
  support: [
    plain('Auch kleinere Anbieter fallen unter die Aufsicht. Die Plattform Patreon, über die Kreative monatliche Beiträge ihrer Unterstützer erhalten, testet nach eigenen Angaben bereits ein KI-Werkzeug, das Spendenaufrufe automatisch übersetzt.'),
  ],
  comments: [
    plain('In den Kommentaren unter einem Blogbeitrag der Behörde kritisierten zahlreiche Leser die geplanten Gebühren. Die Netzagentur kündigte an, die Diskussion zu moderieren und die häufigsten Fragen bis Ende der Woche zu beantworten.'),
  ],
  search: [
    plain('Besonders genau will die Behörde auf Suchmaschinen schauen: Google zeigt inzwischen KI-Zusammenfassungen über den klassischen Suchergebnissen an, und auch Microsoft testet bei Bing ein ähnliches Format.'),
  ],
  promo: [
    {
      html: 'Die vollständige Stellungnahme ist <a href="https://www.bundesnetzagentur.de/stellungnahme-ki.pdf">auf der Website der Bundesnetzagentur</a> abrufbar; eine <a href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj">Übersicht der Pflichten</a> hat die EU-Kommission veröffentlicht.',
      text: 'Die vollständige Stellungnahme ist auf der Website der Bundesnetzagentur abrufbar; eine Übersicht der Pflichten hat die EU-Kommission veröffentlicht.',
    },
  ],
  author: [
    plain('Der Autor eines Gutachtens für das Wirtschaftsministerium, der Ökonom Felix Adebayo, hält die geplante Personalstärke für zu gering. Er schätzt, dass allein im ersten Jahr mehrere tausend Anwendungen gemeldet werden.'),
  ],
  related: [
    plain('Ähnliche Behörden gibt es bereits in Frankreich und den Niederlanden. Dort hat sich gezeigt, dass vor allem die Zusammenarbeit mit den Datenschutzbehörden über den Erfolg der Aufsicht entscheidet.'),
  ],
}
