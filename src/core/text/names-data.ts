// Word lists for the person finder. Kept as space-separated strings: compact in the bundle and
// easy to extend. Everything is matched case-insensitively unless noted.

/** Given names: German, English, Slavic transliterations (German and English spelling), French,
 * Italian, Spanish, Nordic, Turkish, Arabic, Indian, East Asian and names common in tech news.
 * Names that are also ordinary words, months or places (Will, May, April, August, Paris, Can) are left
 * out: a given name alone starts a full name. */
const GIVEN_NAMES = `
aaron abdul abdullah abraham achim ada adam adrian agnes ahmad ahmed aidan aileen alain alan albert albrecht
alejandro aleksandr aleksej alex alexander alexandr alexandra alexandre alexej alexei alexis alfred
ali alice alicia alina alison amanda amber amelie amir amit amy ana anand anastasia anatolij anders andre andrea
andreas andrei andrej andrew andrij andriy andy aneta angela angelika angelo anita anja anke ann anna annalena
anne annegret annette anni anthony anton antonia antonio anuj armin arnd arne arnold aron arthur arvind ashley
astrid aurelia axel aziz barack barbara baris bart beate beatrice ben benedikt benjamin bernd bernhard bert
berthold bettina bianca bill birgit bjarne björn blake bob bodo bogdan boris brad brandon brendan brian bridget
brigitte bruce bruno burkhard carl carla carlo carlos carmen carol caroline carsten catherine cathy cem chad
charles charlie charlotte chris christa christian christiane christina christine christoph christopher chuck
claire clara claude claudia clemens clement cliff colin connor constantin cornelia craig cristiano curt cyril
dag dagmar dalia damian dan dana daniel daniela danielle dante dario darius dave david dean deborah demis denis
denise dennis derek detlef diana diane diego dieter dietmar dietrich dirk dmitri dmitrij dmitry dmytro dominik
donald doris dorothea doug douglas dragan drew dustin eberhard ed eddie edgar edith eduard edward egon ekaterina
elena eleni eli elias elisabeth elise elizabeth ella ellen elon emad emanuel emil emilia emily emma emmanuel enrico
erhard eric erich erik erika ernst ervin esther ethan eugen eva evan evelyn fabian falk farid fatih fatima
federico fei-fei felix ferdinand fernando filip florian frances francesca francesco francis francisco franco
frank franz franziska fred frederic frederik friedrich fritz gabriel gabriela gabriele gary gavin gemma georg
george georgi gerald gerd gerhard gernot gert gil gina giorgia giovanni gisela giuseppe glenn gordon grace greg
gregor gregory greta gudrun guido guillaume gunnar günter günther gustav guy hakan hamid hanna hannah hannes
hanno hans hans-jürgen hans-peter harald harold harry hartmut hasan hassan heike heiko heinrich heinz helen
helena helene helga helmut hendrik henning henri henrik henry herbert hermann hilde horst hubert hubertus hugo
ibrahim igor ilja ilya ina ines inga inge ingo ingrid irene iris irina isaac isabel isabella isabelle ivan ivo
jack jacob jacqueline jacques jake james jamie jan jana jane janet janina janis jason javier jean jeff jeffrey
jennifer jens jensen jeremy jerome jerry jessica jim jimmy jo joachim joanna jochen joe joel johan johann johanna
johannes john jon jonas jonathan jordan jorge josef joseph josh joshua judith julia julian juliane julie julien
julius jürgen justin kai kai-fu kamala karin karl karl-heinz karl-theodor karsten kasper kate katharina kathrin
katja katrin kay keir kemal ken kenneth kerstin kevin kim kirill klara klaus konrad konstantin kristina kurt
lara larry lars laura laurent lea lena lennart leo leon leonard leonie lew liam lina linda lip-bu lisa liz
lorenz lothar louis luca lucas lucia ludwig luis luisa lukas lutz maik manfred manuel manuela marc marcel marco
marcus margarete margaret margrethe maria marian marie marina mario marion marius mark marko markus marlene
marta martha martin martina mary masayoshi mathias matteo matthew matthias mattias max maxim maximilian mehmet
melanie melinda meredith michael michaela michel michelle miguel mikhail mikko mila milan mira miriam
mohammed mohamed monika moritz muhammad mustafa mykola mykhailo nadia nadine nancy naomi natalia natalie
nathan neil nick nicola nicolas niklas nico nikita nikolai nikolaj nikolaus nils nina noah noam nora norbert
ola olaf olena oleg oleksandr oleksij olga oliver olivia omar oskar otto pablo pamela pascal pat patricia
patrick paul paula pavel pedro peter petra philip philipp philippe pierre pietro pjotr rachel rafael rainer
ralf ralph ramona raphael raúl ray rebecca recep reed reid reinhard reinhold renate rené richard rick rishi
rita robert roberto robin rodrigo roger roland rolf roman ron ronald rosa ruben rudolf rüdiger rupert ruth ryan
sabine sahra salvatore sam samantha samuel sandra sara sarah sascha satya sean sebastian serena sergej sergei
sergey sergio seth shane sharon sheryl shinzo sigmar silke simon simone sofia sonja sophia sophie stanislaw
stefan stefanie steffen stephan stephanie stephen steve steven susan susanne svenja sven sundar sylvia
tamara tanja tatjana teresa thierry thilo thomas thorsten till tim timo timothy tina tobias todd tom tommaso
toni tony torsten tristan tyler udo ulf ulla ulrich ulrike urs ursula uta ute uwe valentin valentina valerie
vanessa vera veronika victor victoria viktor viktoria vincent vitali vitalij vladimir vladislav volker
wadim walter wang waltraud wassili werner wiebke wilhelm willi willy winfried wladimir wolfgang wolodymyr
xavier yann yasmin yoshua yulia yuri yusuf zoe
alexandr andrej andrzej anatoli arkadi bohdan denys dmitrij fjodor gennadi grigori iwan jakow jewgeni jelena
jerzy juri kateryna katarzyna leonid lew ljudmila maxim michail natalija nikolaj oksana pawel petro piotr
radoslaw roman ruslan serhij swetlana taras tomasz waleri wiktor witali wjatscheslaw wojciech wolodimir
zbigniew jaroslaw mateusz lech andrzej
akira arvind bernard daniela dario demis fidji geoffrey greg ilya jeff jensen kai lisa liang mira mustafa noam pat reid sam satya shantanu sheryl sundar susan tim yann emmett safra ginni arvind aravind
jony jony marissa brendan adam dara evan travis kevin drew jack parag linda mira clem aidan arthur thomas
alexandr daniel ilya jan jakub wenfeng zhang lei jack robin masayoshi hiroshi kenji takeshi yuki haruki
satoshi shigeru akio ryo tadashi jae-yong jae kwang min-jun ji-hoon hyun seo-yeon xi li wei jun ming hui
narendra rahul priya anil mukesh ratan gautam ravi sanjay vijay vikram rajesh suresh deepak
abigail adele adriana agustin aisha akiko alain albin aleksander alessandra alessandro alfonso alicja alvaro
amalia amanda amelia amina amos ananya andreea andrés angelica angélica anika annika anneliese antje antonín
antony ariane arjun armando arturo asha ashok athena audrey augusto aurélie ayesha barbora basil
beatriz benedetta benoît bernardo berit bettina bilal birte björn blanca bogdana brent brett bridget
britta bryan caitlin camila camille candice carina carmen carolin cassandra catalina cecilia cédric celine
chantal charlotte chiara chloé christelle christof clarissa claudio clément colette conny constanze corinna
cristina dalia damien daniele danuta daria darko debora delphine denise desmond dietlinde dilara dimitri
dimitrios dominique donatella dorothee dorota edda edoardo eduardo ekkehard elaine eleanor elif elisa
elke elodie elżbieta emilie emine emre enzo erin esra estelle esteban eszter étienne eugenia ewa fabienne
fabio fabrizio federica felicitas fernanda filippo finn fiona flavia florence florentine francesca françois
françoise frauke frida friederike gabriele gaël gaspard georgina gerlinde gilles ginevra giulia giulio
gonzalo gösta gregorio guadalupe gwen halina hamza hana hannelore harriet hatice hauke hedwig heidi helmi
henna hiroko hoang hugo ignacio ilse imke inès ingeborg irmgard isabell ivana iwona jadwiga jaime jakob
jana janne jarosław jasmin jean-claude jean-luc jean-marc jean-pierre jeanette jesper jesús joana joanne
jochem jolanta jordi josé josefine josephine joyce juan juana julieta justyna kaja kalle kamil karina
karolina kasia katarzyna kateřina katie kenan kerem kirsten klemens konstantina kristian kristin krzysztof
lale laure laurence leandro leila lennard leonora letizia lidia liesel lieselotte lilian lina linnea lisbeth
liv lorena lorenzo louise luana lucía luciano ludmila luise lukasz łukasz lydia madeleine magdalena maja
malgorzata małgorzata manon mara marcelo marek margot mariana marianne marie-luise marija marisa maritta
marlies marta martyna mathilde matías mattia maurice mauro mehdi meike melissa merle mette
micha michal michał mieke mikael milena miroslav monique morten nadja nathalie nele nicole niels nikolas
noelia nuria octavia ole olivier ornella oscar pamela paola patrizia pauline pawel paweł petr philippa pia
pilar piotr priscilla radek rafał raffaele ragnar rahel raquel rasmus raymond regina reinhild renata ricarda
riccardo rita roberta rocío rodolfo rolanda romy rosalie rosanna rosemarie roswitha rudi ruta sabina salma
sami samira sandro santiago sasha saskia selin selma sergio severin siegfried sigrid silvana silvia simona
siobhan sören stanislav stefano stella susanna svetlana sybille tabea tadeusz talia tanja tereza thea theo
theodor therese tobias tomás tomasz tomáš torben tove ulla valentina valeria vanessa veit velina verena
viola virginie vivien vladimír václav walburga wanda wenke wiebke wilfried yannick yara yasemin yvonne
zbyněk zeynep zofia zuzana
aarav aditya akash amar anil anish anjali arnav deepika divya gaurav harsh jayesh kiran kumar lakshmi
madhuri manish meera mohan neha nikhil parth pooja pradeep prakash preeti rajiv rakesh ramesh rohit sachin
sandeep sanjiv shreya sonia srinivas sunil swati tarun varun vinod vivek
ahmet ayse burak cengiz deniz emel erdem esra fatma gökhan hüseyin ismail kaan levent murat necla ozan
serkan tuncay volkan yasin
abdel abdelaziz adel amr ayman fadi faisal farah hussein jamal kareem karim khaled laila layla mahmoud
mariam marwan mona nabil nasser nour rami rania salim samir tariq walid yasmine youssef zainab
hiroshi haruto kazuo kenichi koji makoto masahiro naoki nobuyuki sachiko satoru shinji takashi tomoko
yoshihiro yuko yusuke
seung sung-min ji-woo hye-jin min-ho jung-hoon eun young-hee dong-hyun
jie jing ling mei ping qiang tao wen xiao xin yan ying yong zhi
ted pete eddie yvonne clément antónio dorothee kaja henna terence tyler bret
recep olaf friedrich annalena christian robert karl lars boris nancy svenja hubertus cem marco bärbel
jens markus hendrik kevin saskia ricarda katarina omid alice tino björn sahra janine
emmanuel giorgia pedro viktor mette ulf jonas keir rishi kemi liz theresa narendra justin mark joe kamala
`

export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(
  GIVEN_NAMES.split(/\s+/).filter(Boolean),
)

/** Heads of role phrases, matched as the end of a lower-cased word ("US-Präsident", "OpenAI-Chef",
 * "Bundeskanzlerin"), with German inflection endings. English roles are listed separately. */
const GERMAN_ROLE_HEADS = `
präsident kanzler minister chef ceo cto cfo coo gründer mitgründer mitbegründer begründer sprecher leiter
direktor professor forscher wissenschaftler analyst experte berater manager investor unternehmer milliardär
ingenieur autor journalist vorstand vorsitzende geschäftsführer abgeordnete senator gouverneur bürgermeister
botschafter premier papst könig königin prinz prinzessin kommissar richter anwalt anwältin trainer
kollege staatschef regierungschef kremlchef ökonom stratege informatiker physiker mathematiker vize sekretär
generalsekretär general admiral kommandeur diktator machthaber oppositionsführer erfinder pionier visionär
philosoph historiker soziologe psychologe psychiater mediziner arzt ärztin politiker politikerin bischof
staatssekretär ministerpräsident landrat stadtrat parteichef fraktionschef hacker blogger influencer
youtuber moderator moderatorin kolumnist redakteur herausgeber verleger designer architekt
unternehmerin managerin gründerin sprecherin leiterin direktorin professorin forscherin analystin expertin
beraterin investorin milliardärin ingenieurin autorin journalistin ökonomin kanzlerin ministerin präsidentin
chefin kommissarin richterin bürgermeisterin botschafterin senatorin gouverneurin abgeordneter vorsitzender
vorständin geschäftsführerin wissenschaftlerin informatikerin physikerin erfinderin pionierin
ex-chef ex-präsident ex-kanzler technikchef forschungschef entwicklungschef finanzchef konzernchef
firmenchef gesandter gesandte beauftragte beauftragter aktivist aktivistin vorgänger vorgängerin
nachfolger nachfolgerin preisträger preisträgerin laureat mitarbeiter mitarbeiterin vertraute vertrauter
whistleblower podcaster kandidat kandidatin gewerkschafter gewerkschafterin bürgerrechtler bürgerrechtlerin
datenschützer datenschützerin aktionär aktionärin chefredakteur chefredakteurin wissenschaftsjournalist
inspekteur inspekteurin inspektor inspektorin verhandlungsführer verhandlungsführerin
stürmer stürmerin torhüter torhüterin torwart verteidiger verteidigerin spieler spielerin kapitän kapitänin
schauspieler schauspielerin sänger sängerin musiker musikerin regisseur regisseurin schriftsteller schriftstellerin
künstler künstlerin maler malerin komponist komponistin dirigent dirigentin
kritiker kritikerin fotograf fotografin entwickler entwicklerin programmierer programmiererin koordinator
koordinatorin jurist juristin theologe theologin biologe biologin chemiker chemikerin astronaut astronautin
banker bankerin bankier lehrer lehrerin doktorand doktorandin rektor rektorin dekan dekanin kardinal pfarrer
pfarrerin rabbiner imam offizier offizierin soldat soldatin polizist polizistin sportler sportlerin athlet
athletin weltmeister weltmeisterin olympiasieger olympiasiegerin coach dozent dozentin ermittler ermittlerin
staatsanwalt staatsanwältin diplomat diplomatin verhandler verhandlerin
`

export const GERMAN_ROLE_HEAD_LIST: readonly string[] = GERMAN_ROLE_HEADS.split(/\s+/).filter(Boolean)

/** Words ending like a role that are not one ("Halbleiter" ends in "leiter"). */
export const NOT_ROLES: ReadonlySet<string> = new Set(
  'halbleiter lautsprecher wegbereiter begleiter leitern halbleitern lautsprechern rechner schalter'.split(' '),
)

/** English role words (lower case). */
export const ENGLISH_ROLES: ReadonlySet<string> = new Set(
  `president ceo cto cfo coo chairman chairwoman chair founder co-founder cofounder chief executive officer
  minister chancellor secretary senator governor mayor spokesman spokeswoman spokesperson director head
  professor researcher scientist analyst expert adviser advisor manager investor entrepreneur billionaire
  engineer author journalist editor premier prime pope king queen prince princess commissioner judge lawyer
  attorney leader vice general admiral commander dictator representative rep sen gov ambassador economist
  strategist partner principal lead officer boss chief owner inventor pioneer candidate nominee designer
  banker lawmaker congressman congresswoman regulator producer physicist mathematician member councilmember
  councillor councilor councilman councilwoman activist coach actor actress singer novelist writer
  captain skipper goalkeeper striker midfielder defender champion winner rider batsman bowler
  pitcher quarterback poet playwright artist composer musician guitarist rapper businessman businesswoman
  tycoon magnate executive official diplomat envoy negotiator prosecutor detective inspector sergeant
  lieutenant colonel soldier aide deputy counterpart colleague rival dissident opponent critic
  historian philosopher economist surgeon doctor physician nurse teacher student bishop cardinal priest
  rabbi imam cleric monk speaker`.split(/\s+/),
)

/** Personal titles that stand before a name. */
export const TITLES: ReadonlySet<string> = new Set(
  'herr herrn frau dr prof mr mrs ms miss sir dame lord lady dres mag dipl ing'.split(' '),
)

/** Places that news text names: countries, capitals and big cities, German states, regions. */
const PLACES = `
deutschland österreich schweiz frankreich italien spanien portugal niederlande belgien luxemburg dänemark
schweden norwegen finnland polen tschechien slowakei ungarn rumänien bulgarien griechenland türkei russland
ukraine belarus weißrussland moldau georgien armenien aserbaidschan kasachstan china japan korea südkorea
nordkorea indien pakistan iran irak israel syrien libanon jordanien ägypten saudi-arabien katar taiwan
vietnam thailand indonesien australien neuseeland kanada mexiko brasilien argentinien chile usa amerika
europa asien afrika großbritannien england schottland irland wales estland lettland litauen serbien kroatien
slowenien bosnien kosovo albanien
berlin hamburg münchen köln frankfurt stuttgart düsseldorf leipzig dresden hannover bremen nürnberg bonn
mainz wiesbaden karlsruhe heidelberg freiburg potsdam erfurt magdeburg kiel rostock wien zürich genf bern
basel london paris rom madrid lissabon amsterdam brüssel kopenhagen stockholm oslo helsinki warschau prag
budapest bukarest athen istanbul ankara moskau kiew kyjiw charkiw odessa lwiw mariupol donezk luhansk
krim cherson saporischschja minsk peking shanghai shenzhen hongkong tokio seoul delhi mumbai bangalore
teheran bagdad damaskus jerusalem gaza kairo dubai riad doha washington boston chicago seattle
austin dallas houston miami atlanta denver toronto vancouver montreal sydney melbourne singapur
kalifornien texas florida bayern sachsen hessen thüringen brandenburg niedersachsen nordrhein-westfalen
baden-württemberg rheinland-pfalz saarland schleswig-holstein mecklenburg-vorpommern sachsen-anhalt
brüssel davos bruxelles cupertino redmond
munich cologne vienna rome moscow kyiv beijing tokyo germany france italy spain russia britain ukraine
europe america canada mexico brazil india japan israel gaza
afghanistan afghanistan algerien algeria angola argentina armenia australia austria azerbaijan bahrain
bangladesh belgium bolivien bolivia botswana brazil bulgaria kambodscha cambodia kamerun cameroon chad tschad
china colombia kolumbien kongo congo kuba cuba zypern cyprus czechia denmark ecuador egypt
eritrea estonia äthiopien ethiopia fiji finland gabun gabon gambia georgia ghana greece guatemala guinea haiti
honduras hungary island iceland indonesia iran iraq ireland jamaika jamaica jordan kazakhstan kenia kenya
kuwait kirgisistan kyrgyzstan laos latvia lebanon libyen libya liechtenstein lithuania madagaskar madagascar
malawi malaysia mali malta mauretanien mauritania moldova monaco mongolei mongolia montenegro marokko morocco
mosambik mozambique myanmar namibia nepal netherlands holland nicaragua niger nigeria norway oman
pakistan palästina palestine panama paraguay peru philippinen philippines poland portugal qatar romania
ruanda rwanda senegal serbia singapore slovakia slovenia somalia südafrika africa sudan
südsudan sweden switzerland syria taiwan tadschikistan tajikistan tansania tanzania thailand togo
tunesien tunisia turkey turkmenistan uganda uruguay usbekistan uzbekistan venezuela vietnam jemen yemen
sambia zambia simbabwe zimbabwe scotland wales arizona nevada oregon ohio michigan virginia carolina
alaska hawaii utah colorado georgia massachusetts pennsylvania illinois bavaria saxony tübingen ulm
augsburg regensburg würzburg münster aachen bochum dortmund essen duisburg wuppertal bielefeld kassel
göttingen jena halle chemnitz zwickau cottbus schwerin lübeck flensburg osnabrück paderborn darmstadt
mannheim ludwigshafen saarbrücken trier koblenz sindelfingen zuffenhausen walldorf wolfsburg ingolstadt
graz linz salzburg innsbruck lausanne lugano mailand milan turin neapel naples barcelona sevilla porto
lyon marseille toulouse straßburg strasbourg antwerpen rotterdam haag krakau danzig breslau
odesa dnipro kharkiv lviv wladiwostok nowosibirsk shenzhen guangzhou wuhan hangzhou taipeh
taipei osaka kyoto busan bangkok jakarta manila hanoi karachi lahore kabul riyadh ankara izmir
haifa beirut amman nairobi lagos kapstadt johannesburg casablanca tunis algier
phoenix philadelphia detroit portland
`

/** Places of more than one word, "|" between them. Their words are no places alone: "Jose", "Diego",
 * "Francisco" and "Clara" are given names, "San Jose" and "Santa Clara" places. */
const PLACE_PHRASES = `
tel aviv|new york|silicon valley|mountain view|menlo park|palo alto|santa clara|costa rica|
new zealand|sri lanka|sierra leone|saudi arabia|den haag|sankt petersburg|abu dhabi|los angeles|
san francisco|san jose|san diego|las vegas|hong kong
`

/** Single-word places: such a word is no name alone. */
export const PLACE_SET: ReadonlySet<string> = new Set(PLACES.split(/\s+/).filter(Boolean))
/** Places of several words, lower case, words joined by one space ("san jose"). */
export const PLACE_PHRASE_SET: ReadonlySet<string> = new Set(PLACE_PHRASES.split('|').map((p) => p.trim()).filter(Boolean))
/** Every word of a place name: a feature of the person tagger, which learnt from it. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACE_SET, ...[...PLACE_PHRASE_SET].flatMap((p) => p.split(' '))])

/** Companies, brands, products, assistants, models, organisations and weapon systems: names that look
 * like persons' (many are named after one) but are not. */
const NON_PERSONS = `
porsche mercedes mercedes-benz benz bosch siemens tesla ford daimler opel dell hewlett packard
hp philips braun miele kärcher würth boeing airbus dyson disney mcdonald mcdonald's chanel dior gucci
ferrari lamborghini maserati bugatti citroen peugeot renault honda toyota suzuki nissan chrysler dodge
cadillac chevrolet lincoln rolls-royce bentley aston kellogg nestle johnson wrigley
apple google alphabet microsoft amazon meta facebook instagram whatsapp netflix nvidia intel amd arm qualcomm
samsung sony lg huawei xiaomi tencent alibaba baidu bytedance tiktok openai anthropic deepmind mistral cohere
perplexity xai spacex neuralink twitter x ibm oracle sap salesforce adobe cisco broadcom tsmc asml infineon
telekom vodafone allianz lufthansa volkswagen vw audi bmw zalando spotify uber lyft airbnb paypal stripe
palantir databricks snowflake hugging huggingface midjourney stability runway inflection scale character
github gitlab linkedin youtube reddit discord telegram signal slack zoom dropbox yahoo bing duckduckgo
chatgpt gpt gpt-4 gpt-4o gpt-5 claude gemini bard copilot llama grok siri alexa cortana bixby watson
dall-e sora whisper codex bert palm lamda o1 o3 dalle firefly
nato eu un uno who unicef unesco bundestag bundesrat bundesregierung kreml pentagon weißes haus
cdu csu spd fdp afd grüne linke bsw democrats republicans demokraten republikaner
patriot iris-t taurus leopard himars abrams stinger javelin storm shadow atacms
reuters bloomberg dpa afp ap cnn bbc zdf ard spiegel zeit faz handelsblatt heise golem
gartner idc forrester mckinsey bitkom statista counterpoint canalys trendforce omdia deloitte pwc kpmg
accenture capgemini fraunhofer helmholtz noyb waymo zoox unitree helsing deepl celonis
al-kaida al-qaida al-qaeda al-schabab al-shabaab al-nusra al-sham al-scham al-sharia al-scharia al-islam
al-aqsa al-dschasira al-jazeera al-arabija al-arabiya al-azhar al-ahly al-hilal al-nassr al-ittihad
`

/** English words for peoples, nations and faiths, capitalised like names ("Danish honorary consul", "Four
 * Africans", "Roman Catholic"); adjective, singular and plural noun. Given names among them ("German",
 * "Christian") are left out. */
const ENGLISH_DEMONYMS = `
afghan afghans african africans albanian albanians algerian algerians american americans arab arabs arabian
argentine argentinian armenian armenians asian asians australian australians austrian austrians azeri azeris
belgian belgians bolivian bosnian bosnians brazilian brazilians british briton britons bulgarian bulgarians
burmese cambodian cameroonian canadian canadians chechen chechens chilean chinese colombian colombians
congolese croat croats croatian cuban cubans cypriot czech czechs danish dane danes dutch ecuadorean egyptian
egyptians english eritrean estonian ethiopian ethiopians european europeans filipino filipinos finnish finn
finns flemish georgian georgians ghanaian greek greeks haitian hungarian hungarians icelandic indian indians
indonesian indonesians iranian iranians iraqi iraqis irish israeli israelis italian italians ivorian jamaican
japanese jordanian kazakh kenyan kenyans korean koreans kosovar kurd kurds kurdish kuwaiti latvian lebanese
liberian libyan lithuanian macedonian malaysian maltese mexican mexicans moldovan mongolian moroccan
mozambican namibian nepalese nigerian nigerians norwegian norwegians pakistani pakistanis palestinian
palestinians panamanian peruvian polish portuguese romanian romanians russian russians rwandan rwandans
saudi saudis scottish scot scots senegalese serb serbs serbian slovak slovaks slovenian somali somalis
spanish spaniard spaniards sri sudanese swede swedes swedish swiss syrian syrians taiwanese tajik tamil tamils
tanzanian thai tibetan tunisian turk turks turkish ugandan ukrainian ukrainians uruguayan uzbek venezuelan
vietnamese welsh yemeni yugoslav yugoslavs zairean zambian zimbabwean afrikaner afrikaners
catholic catholics protestant protestants muslim muslims moslem moslems jewish jew jews hindu hindus sikh
sikhs buddhist buddhists sunni sunnis shi'ite shi'ites shiite shiites islamic orthodox anglican anglicans
samoan samoans tongan fijian maori polynesian melanesian hawaiian inuit aboriginal basque catalan`

/** English words for peoples and faiths, lower case ("mexican", "sikhs"). */
export const ENGLISH_DEMONYM_SET: ReadonlySet<string> = new Set(ENGLISH_DEMONYMS.split(/\s+/).filter(Boolean))
export const NON_PERSON_SET: ReadonlySet<string> = new Set([...NON_PERSONS.split(/\s+/), ...ENGLISH_DEMONYM_SET])

/** Brands that are also the surname of their founder: "Ferdinand Porsche", "Robert Bosch", "Nikola Tesla"
 * are persons; "Porsche" alone is the car maker. */
export const BRAND_SURNAMES: ReadonlySet<string> = new Set(
  `porsche bosch siemens tesla ford dell benz daimler opel disney packard hewlett braun miele würth dyson
  ferrari lamborghini bugatti citroen peugeot renault honda toyota chrysler dodge kellogg heinz johnson
  wrigley mcdonald boeing philips chanel dior gucci maserati cadillac lincoln bentley martin nestle spiegel
  bloomberg reuters heise abrams watson zeit welt stern`.split(/\s+/),
)

/** Weekdays and months: capitalised in both languages, next to verbs of saying, never persons. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz april mai juni
  juli august september oktober november dezember monday tuesday wednesday thursday friday saturday sunday
  january february march may june july october december`.split(/\s+/),
)

/** English closed-class words missing from the short English stopword list ("She said"). */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `he she it they we you i his her him hers its their them our us me my your this that these those there here
  who whom whose which what when where why how shall will would should could can may might must also yet
  still even just only then now soon later today tonight yesterday tomorrow perhaps maybe however although
  though while since unless until because whether either neither both each every many much more most some
  any none one two three first last next another other such same mr mrs ms dr`.split(/\s+/),
)

/** Personal pronouns: a lone word before a verb of saying is a person when one follows ("… er …"). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(
  `he she his her him himself herself er ihm ihn sein seine seinen seinem seiner seines`.split(/\s+/),
)

/** Words that, right after a name, show the name belongs to an organisation, place or product. */
export const ORG_FOLLOWERS: ReadonlySet<string> = new Set(
  `gmbh ag se kg inc inc. corp corp. ltd llc co foundation stiftung institut institute universität university
  college school schule klinik klinikum krankenhaus hospital preis prize award center centre zentrum straße
  platz airport flughafen group gruppe holding labs lab research studios studio media verlag bank images
  pro ultra mini max plus nano flash turbo opus sonnet haiku tech motors
  island islands river street road avenue county valley basin bay base park square bridge tower palace society
  fellowship trust association show festival equations theorem prize stadion stadium arena
  museum gymnasium akademie academy gesellschaft hochschule bibliothek library orchester orchestra kirche
  cathedral medaille medal pokal cup trophy memorial fonds fund syndrom syndrome effekt effect kaserne
  department ministry council committee commission union communications bros brothers sons associates
  partners partner band congress party parliament assembly league federation alliance movement
  capital ventures investments holdings securities advisors advisers`.split(/\s+/),
)

/** Particles inside names ("Ursula von der Leyen", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van de der den da di del della du zu ten ter al el bin ibn dos le la y'.split(' '),
)

/** Verbs of saying that put the speaker right after them ("…, sagte Scholz", "said Musk"). Verbs that
 * take an object ("forderte Plattformen", "kritisierte Google") are not on this list. */
export const SPEECH_VERBS_BEFORE_SPEAKER: ReadonlySet<string> = new Set(
  `sagte sagt erklärte erklärt betonte betont meinte meint warnte warnt schrieb schreibt ergänzte ergänzt
  fügte räumte unterstrich antwortete antwortet berichtete verkündete said says added wrote`.split(/\s+/),
)

/** English verbs of saying before the speaker need a comma or a closing quote before them ("…," said
 * Musk), else they are ordinary verbs with an object ("added Slime Block"). */
export const ENGLISH_SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'wrote'])

/** German sentence adverbs: they open a sentence before the verb just like a subject does
 * ("Gleichzeitig warnte Kress"), so a capitalised word before a verb of saying is no evidence. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  `gleichzeitig zudem zuvor dennoch zuletzt gestern anschließend daraufhin inzwischen erstmals schließlich
  ebenfalls kürzlich bislang weiterhin vorerst unterdessen derweil indes später außerdem damals heute
  morgen montag dienstag mittwoch donnerstag freitag samstag sonntag ferner überdies insgesamt
  offenbar offiziell öffentlich laut demnach dazu hierzu ebenso stattdessen andererseits einerseits
  yesterday today meanwhile however separately`.split(/\s+/),
)

/** Verbs of saying: evidence that a lone surname next to them is a person ("sagte Scholz", "Musk said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `sagte sagt erklärte erklärt betonte betont meinte meint warnte warnt schrieb schreibt kritisierte kritisiert
  ergänzte ergänzt fügte räumte kündigte bestätigte bestätigt sagte: so berichtete berichtet unterstrich
  forderte fordert versprach verspricht bezeichnete bezeichnet lobte lobt antwortete antwortet twitterte
  postete verkündete verkündet teilte glaubt glaubte sieht sah argumentierte argumentiert
  said says told added wrote writes explained noted warned argued asked stated announced tweeted posted
  believes thinks`.split(/\s+/),
)
