// Demo data for the forum (never in production). People, conversations, dates
// and links are fictional; organisations are the hand-written profiles of
// prisma/demo-directory.ts. Mentions use the part of a person's e-mail before
// the @ (`@mette.kjaergaard`); relative links to modules and partner profiles
// render as cards.
import type { Locale } from "../app/utils/i18n.ts";

export type DemoCategory = {
  slug: string;
  order: number;
  visibility: "PUBLIC" | "MEMBERS";
  text: Record<Locale, { name: string; description: string }>;
};
export type DemoPerson = {
  key: string;
  name: string;
  email: string;
  locale: Locale;
  org: string;
};
export type DemoPost = { author: string; daysAgo: number; body: string };
export type DemoTopic = {
  category: string;
  language: Locale;
  title: string;
  pinned?: boolean;
  locked?: boolean;
  /** Index into `posts` (> 0) of the reply marked as the solution. */
  solution?: number;
  /** `posts[0]` is the opening post. */
  posts: DemoPost[];
};

// ---------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------

export const demoCategories: DemoCategory[] = [
  {
    slug: "internationalisation",
    order: 1,
    visibility: "PUBLIC",
    text: {
      en: {
        name: "Internationalisation",
        description:
          "Taking creative businesses abroad: export advice, market entry and working across Baltic borders and languages.",
      },
      de: {
        name: "Internationalisierung",
        description:
          "Kreativunternehmen ins Ausland begleiten: Exportberatung, Markteintritt und Zusammenarbeit über Grenzen und Sprachen hinweg.",
      },
      da: {
        name: "Internationalisering",
        description:
          "Kreative virksomheder ud i verden: eksportrådgivning, nye markeder og samarbejde på tværs af grænser og sprog.",
      },
      sv: {
        name: "Internationalisering",
        description:
          "Kreativa företag ut i världen: exportrådgivning, nya marknader och samarbete över gränser och språk runt Östersjön.",
      },
      fi: {
        name: "Kansainvälistyminen",
        description:
          "Luovat yritykset maailmalle: vientineuvonta, uusille markkinoille pääsy ja yhteistyö yli Itämeren rajojen ja kielten.",
      },
      et: {
        name: "Rahvusvahelistumine",
        description:
          "Loomeettevõtted välismaale: ekspordinõustamine, uutele turgudele sisenemine ja koostöö üle Läänemere piiride ja keelte.",
      },
      lv: {
        name: "Internacionalizācija",
        description:
          "Radošie uzņēmumi ārvalstīs: eksporta konsultācijas, ienākšana jaunos tirgos un sadarbība pāri robežām un valodām.",
      },
      lt: {
        name: "Tarptautinė plėtra",
        description:
          "Kūrybinės įmonės užsienyje: eksporto konsultacijos, naujos rinkos ir bendradarbiavimas per Baltijos regiono sienas.",
      },
      pl: {
        name: "Umiędzynarodowienie",
        description:
          "Firmy kreatywne za granicą: doradztwo eksportowe, wejście na nowe rynki i współpraca ponad granicami i językami.",
      },
    },
  },
  {
    slug: "funding-and-calls",
    order: 2,
    visibility: "PUBLIC",
    text: {
      en: {
        name: "Funding and calls",
        description:
          "Creative Europe, Interreg Baltic Sea Region, Nordic and national programmes: open calls, deadlines, budgets and co-financing.",
      },
      de: {
        name: "Förderung und Ausschreibungen",
        description:
          "Kreatives Europa, Interreg Ostseeraum, nordische und nationale Programme: offene Calls, Fristen, Budgets und Kofinanzierung.",
      },
      da: {
        name: "Finansiering og indkaldelser",
        description:
          "Et Kreativt Europa, Interreg Østersøregionen, nordiske og nationale programmer: indkaldelser, frister, budgetter og medfinansiering.",
      },
      sv: {
        name: "Finansiering och utlysningar",
        description:
          "Kreativa Europa, Interreg Östersjöregionen, nordiska och nationella program: utlysningar, deadlines, budgetar och medfinansiering.",
      },
      fi: {
        name: "Rahoitus ja haut",
        description:
          "Luova Eurooppa, Interreg Itämeren alue, pohjoismaiset ja kansalliset ohjelmat: avoimet haut, määräajat, budjetit ja omarahoitus.",
      },
      et: {
        name: "Rahastus ja taotlusvoorud",
        description:
          "Loov Euroopa, Interreg Läänemere piirkond, Põhjamaade ja riiklikud programmid: taotlusvoorud, tähtajad, eelarved, omaosalus.",
      },
      lv: {
        name: "Finansējums un konkursi",
        description:
          "Radošā Eiropa, Interreg Baltijas jūras reģions, Ziemeļvalstu un nacionālās programmas: konkursi, termiņi, budžeti, līdzfinansējums.",
      },
      lt: {
        name: "Finansavimas ir kvietimai",
        description:
          "Kūrybiška Europa, Interreg Baltijos jūros regionas, Šiaurės šalių ir nacionalinės programos: kvietimai, terminai ir biudžetai.",
      },
      pl: {
        name: "Finansowanie i nabory",
        description:
          "Kreatywna Europa, Interreg Region Morza Bałtyckiego, programy nordyckie i krajowe: nabory, terminy, budżety i wkład własny.",
      },
    },
  },
  {
    slug: "expeditions-and-study-trips",
    order: 3,
    visibility: "PUBLIC",
    text: {
      en: {
        name: "Expeditions and study trips",
        description:
          "Planning visits to creative hubs abroad: routes, hosts, budgets, logistics and how to share what the group learned.",
      },
      de: {
        name: "Expeditionen und Studienreisen",
        description:
          "Besuche bei Kreativorten im Ausland planen: Routen, Gastgeber, Budgets, Logistik und wie die Gruppe das Gelernte weitergibt.",
      },
      da: {
        name: "Ekspeditioner og studieture",
        description:
          "Besøg hos kreative miljøer i udlandet: ruter, værter, budget, rejselogistik og hvordan gruppen deler det, den har lært.",
      },
      sv: {
        name: "Expeditioner och studieresor",
        description:
          "Besök hos kreativa miljöer utomlands: rutter, värdar, budget, logistik och hur gruppen delar med sig av det den lärt sig.",
      },
      fi: {
        name: "Tutkimusretket ja opintomatkat",
        description:
          "Vierailut luovien alojen keskuksiin ulkomailla: reitit, isännät, budjetti, matkajärjestelyt ja opitun jakaminen.",
      },
      et: {
        name: "Ekspeditsioonid ja õppereisid",
        description:
          "Külaskäigud loomekeskustesse välismaal: marsruudid, võõrustajad, eelarve, logistika ja õpitu jagamine teistega.",
      },
      lv: {
        name: "Ekspedīcijas un mācību braucieni",
        description:
          "Vizītes radošajos centros ārzemēs: maršruti, namatēvi, budžets, loģistika un kā dalīties ar gūto pieredzi.",
      },
      lt: {
        name: "Ekspedicijos ir pažintinės kelionės",
        description:
          "Vizitai į kūrybos centrus užsienyje: maršrutai, priimančios organizacijos, biudžetas, logistika ir patirties sklaida.",
      },
      pl: {
        name: "Ekspedycje i wizyty studyjne",
        description:
          "Wizyty w ośrodkach kreatywnych za granicą: trasy, gospodarze, budżet, logistyka i dzielenie się tym, czego grupa się nauczyła.",
      },
    },
  },
  {
    slug: "partner-search",
    order: 4,
    visibility: "MEMBERS",
    text: {
      en: {
        name: "Partner search",
        description:
          "Members looking for project partners, co-producers, hosts and lead partners. Say who you are, what you offer and what you need.",
      },
      de: {
        name: "Partnersuche",
        description:
          "Mitglieder suchen Projektpartner, Koproduzenten, Gastgeber und Lead-Partner. Sagt, wer ihr seid, was ihr bietet und was ihr braucht.",
      },
      da: {
        name: "Partnersøgning",
        description:
          "Medlemmer søger projektpartnere, medproducenter, værter og leadpartnere. Fortæl, hvem I er, hvad I tilbyder, og hvad I mangler.",
      },
      sv: {
        name: "Partnersökning",
        description:
          "Medlemmar söker projektpartner, samproducenter, värdar och huvudpartner. Berätta vilka ni är, vad ni erbjuder och vad ni behöver.",
      },
      fi: {
        name: "Kumppanihaku",
        description:
          "Jäsenet etsivät hankekumppaneita, yhteistuottajia, isäntiä ja päätoteuttajia. Kerro, keitä olette, mitä tarjoatte ja mitä tarvitsette.",
      },
      et: {
        name: "Partnerite otsing",
        description:
          "Liikmed otsivad projektipartnereid, kaastootjaid, võõrustajaid ja juhtpartnereid. Kirjutage, kes olete, mida pakute ja mida vajate.",
      },
      lv: {
        name: "Partneru meklēšana",
        description:
          "Biedri meklē projektu partnerus, kopražotājus, namatēvus un vadošos partnerus. Pastāstiet, ko piedāvājat un kas jums vajadzīgs.",
      },
      lt: {
        name: "Partnerių paieška",
        description:
          "Nariai ieško projektų partnerių, koprodiuserių, priimančiųjų ir pagrindinių partnerių. Papasakokite, ką siūlote ir ko ieškote.",
      },
      pl: {
        name: "Poszukiwanie partnerów",
        description:
          "Członkowie szukają partnerów projektowych, koproducentów, gospodarzy i liderów. Napisz, kim jesteś, co oferujesz i czego szukasz.",
      },
    },
  },
  {
    slug: "events-and-formats",
    order: 5,
    visibility: "PUBLIC",
    text: {
      en: {
        name: "Events and formats",
        description:
          "Themed evenings, dinner talks, business breakfasts, open stages and salons: what works, what it costs, and invitations to your events.",
      },
      de: {
        name: "Veranstaltungen und Formate",
        description:
          "Themenabende, Dinner Talks, Business-Frühstücke, offene Bühnen und Salons: was funktioniert, was es kostet, Einladungen.",
      },
      da: {
        name: "Arrangementer og formater",
        description:
          "Temaaftener, middagssamtaler, morgenmøder med erhvervslivet, åben scene og saloner: hvad virker, hvad koster det – og invitationer.",
      },
      sv: {
        name: "Evenemang och format",
        description:
          "Temakvällar, middagssamtal, frukostmöten, öppen scen och salonger: vad som fungerar, vad det kostar – och inbjudningar.",
      },
      fi: {
        name: "Tapahtumat ja formaatit",
        description:
          "Teemaillat, illalliskeskustelut, aamiaistilaisuudet, avoin lava ja salongit: mikä toimii, mitä se maksaa – ja kutsut tapahtumiin.",
      },
      et: {
        name: "Üritused ja formaadid",
        description:
          "Teemaõhtud, õhtusöögivestlused, äri-hommikusöögid, avatud lava ja salongid: mis töötab, mis maksab – ja kutsed üritustele.",
      },
      lv: {
        name: "Pasākumi un formāti",
        description:
          "Tematiskie vakari, vakariņu sarunas, biznesa brokastis, atvērtā skatuve un saloni: kas strādā, cik tas maksā, un ielūgumi.",
      },
      lt: {
        name: "Renginiai ir formatai",
        description:
          "Teminiai vakarai, pokalbiai prie vakarienės, verslo pusryčiai, atvira scena ir salonai: kas veikia, kiek kainuoja, ir kvietimai.",
      },
      pl: {
        name: "Wydarzenia i formaty",
        description:
          "Wieczory tematyczne, rozmowy przy kolacji, śniadania biznesowe, otwarta scena i salony: co działa, ile kosztuje, zaproszenia.",
      },
    },
  },
  {
    slug: "learning-modules",
    order: 6,
    visibility: "PUBLIC",
    text: {
      en: {
        name: "Learning modules",
        description:
          "Questions and experience around Portolan's learning modules: exercises, translations and using the material in your own training.",
      },
      de: {
        name: "Lernmodule",
        description:
          "Fragen und Erfahrungen zu den Portolan-Lernmodulen: Übungen, Übersetzungen und der Einsatz des Materials in eigenen Schulungen.",
      },
      da: {
        name: "Læringsmoduler",
        description:
          "Spørgsmål og erfaringer med Portolans læringsmoduler: øvelser, oversættelser og brug af materialet i jeres egne forløb.",
      },
      sv: {
        name: "Utbildningsmoduler",
        description:
          "Frågor och erfarenheter kring Portolans utbildningsmoduler: övningar, översättningar och hur ni använder materialet i egna kurser.",
      },
      fi: {
        name: "Oppimismoduulit",
        description:
          "Kysymyksiä ja kokemuksia Portolanin oppimismoduuleista: tehtävät, käännökset ja materiaalin käyttö omissa koulutuksissa.",
      },
      et: {
        name: "Õppemoodulid",
        description:
          "Küsimused ja kogemused Portolani õppemoodulite kohta: harjutused, tõlked ja materjali kasutamine oma koolitustel.",
      },
      lv: {
        name: "Mācību moduļi",
        description:
          "Jautājumi un pieredze par Portolan mācību moduļiem: uzdevumi, tulkojumi un materiālu izmantošana jūsu pašu apmācībās.",
      },
      lt: {
        name: "Mokymosi moduliai",
        description:
          "Klausimai ir patirtis apie Portolan mokymosi modulius: užduotys, vertimai ir medžiagos naudojimas jūsų mokymuose.",
      },
      pl: {
        name: "Moduły szkoleniowe",
        description:
          "Pytania i doświadczenia związane z modułami Portolan: ćwiczenia, tłumaczenia i wykorzystanie materiałów we własnych szkoleniach.",
      },
    },
  },
  {
    slug: "off-topic",
    order: 7,
    visibility: "MEMBERS",
    text: {
      en: {
        name: "Off-topic",
        description:
          "Everything else between members: recommendations, job posts, a good book, a photo from your last trip. Be kind.",
      },
      de: {
        name: "Sonstiges",
        description:
          "Alles andere unter Mitgliedern: Empfehlungen, Stellenanzeigen, ein gutes Buch, ein Foto von der letzten Reise. Bitte freundlich bleiben.",
      },
      da: {
        name: "Løst og fast",
        description:
          "Alt det andet mellem medlemmer: anbefalinger, jobopslag, en god bog, et billede fra sidste tur. Vær søde ved hinanden.",
      },
      sv: {
        name: "Övrigt",
        description:
          "Allt annat mellan medlemmar: tips, jobbannonser, en bra bok, en bild från senaste resan. Var schyssta mot varandra.",
      },
      fi: {
        name: "Vapaa keskustelu",
        description:
          "Kaikki muu jäsenten kesken: suositukset, työpaikkailmoitukset, hyvä kirja, kuva viime matkalta. Ollaan ystävällisiä.",
      },
      et: {
        name: "Vaba teema",
        description:
          "Kõik muu liikmete vahel: soovitused, töökuulutused, hea raamat, pilt viimaselt reisilt. Olgem sõbralikud.",
      },
      lv: {
        name: "Dažādi",
        description:
          "Viss pārējais biedru starpā: ieteikumi, darba sludinājumi, laba grāmata, foto no pēdējā brauciena. Esiet laipni.",
      },
      lt: {
        name: "Laisva tema",
        description:
          "Visa kita tarp narių: rekomendacijos, darbo skelbimai, gera knyga, nuotrauka iš paskutinės kelionės. Būkime mandagūs.",
      },
      pl: {
        name: "Różne",
        description:
          "Wszystko inne między członkami: polecenia, oferty pracy, dobra książka, zdjęcie z ostatniej podróży. Bądźmy dla siebie mili.",
      },
    },
  },
];

// ---------------------------------------------------------------------------
// People (the seeded demo accounts admin, moderator, orgadmin, member,
// outsider and partner are not listed here but write posts too)
// ---------------------------------------------------------------------------

const person = (name: string, key: string, locale: Locale, org: string): DemoPerson => ({
  key,
  name,
  email: `${key}@demo.portolan.test`,
  locale,
  org,
});

export const demoPeople: DemoPerson[] = [
  person("Jonas Brinkmann", "jonas.brinkmann", "de", "Kreativquartier Nordstadt"),
  person("Svenja Hollmann", "svenja.hollmann", "de", "Rheinufer Design-Cluster"),
  person("Mette Kjærgaard", "mette.kjaergaard", "da", "Aarhus Designnetværk"),
  person("Rasmus Bech", "rasmus.bech", "da", "Nørrebro Kreative Værksted"),
  person("Karin Lindqvist", "karin.lindqvist", "sv", "Göta Älv Designkluster"),
  person("Johan Ekström", "johan.ekstrom", "sv", "Öresund Kulturinkubator"),
  person("Aino Korhonen", "aino.korhonen", "fi", "Tampereen Pelitalo"),
  person("Mikko Laaksonen", "mikko.laaksonen", "fi", "Aurajoen Kulttuuriverkosto"),
  person("Kadri Tamm", "kadri.tamm", "et", "Emajõe Loomemajanduse Keskus"),
  person("Ilze Bērziņa", "ilze.berzina", "lv", "Rīgas Radošo Industriju Kamera"),
  person("Mārtiņš Ozols", "martins.ozols", "lv", "Kurzemes Dizaina Darbnīca"),
  person("Rūta Kazlauskienė", "ruta.kazlauskiene", "lt", "Pamario Kultūros Tinklas"),
  person("Agnieszka Wróblewska", "agnieszka.wroblewska", "pl", "Stocznia Kreatywna Gdańsk"),
  person("Tomasz Kowalczyk", "tomasz.kowalczyk", "pl", "Odrzański Klaster Wzornictwa"),
];

// ---------------------------------------------------------------------------
// Topics
// ---------------------------------------------------------------------------

const p = (author: string, daysAgo: number, body: string): DemoPost => ({
  author,
  daysAgo,
  body,
});

const internationalisation: DemoTopic[] = [
  {
    category: "internationalisation",
    language: "en",
    title: "Welcome to the Portolan forum – please read this first",
    pinned: true,
    posts: [
      p(
        "moderator",
        120,
        `Welcome! This forum is for people who run creative hubs, clusters, agencies, chambers and cultural institutes around the Baltic Sea. A few ground rules:

- **Write in the language you are most comfortable with.** Every topic has a language, and the list can be filtered by it. English is the common ground, but a question about a Latvian call belongs in Latvian.
- **Pick the right category.** *Partner search* and *Off-topic* are visible to members only; everything else is public.
- **Mark the answer.** Mark the reply that solved your question, so the next person finds it quickly.
- **Link instead of copying.** Links to modules and partner profiles, such as [Finding and approaching partners abroad](/en/learn/finding-and-approaching-partners-abroad) or [Hafenwerk Kreativnetz Bremen](/en/partners/hafenwerk-kreativnetz-bremen), show up as cards.
- **Mention people** with @ and the first part of their e-mail address, e.g. @mia.member – they get a notification.

Flag anything that looks like spam or breaks the rules; a moderator will look at it within a working day.`,
      ),
      p(
        "member",
        118,
        "Thanks, Mona! Quick question: if I reply in English to a German topic, is that fine, or should I stick to the topic's language?",
      ),
      p(
        "moderator",
        117,
        "Stick to the topic's language where you can, so that the language filter stays useful. If you can only write English, a short English reply is better than no reply – just say so in the first line.",
      ),
      p(
        "kadri.tamm",
        110,
        "Good rules. Where should job posts go? We're hiring a project manager soon and don't want to clutter the working categories.",
      ),
      p(
        "moderator",
        109,
        "Please use **Off-topic** for job posts for now. If they become frequent, we'll open a category of their own.",
      ),
    ],
  },
  {
    category: "internationalisation",
    language: "en",
    title: "Pricing export advice for creative SMEs – free, subsidised or full fee?",
    posts: [
      p(
        "karin.lindqvist",
        96,
        "At Göta Älv Designkluster we have offered export advice for free for three years. Demand is high, but so are no-shows: roughly one in four booked sessions. We're thinking of charging a symbolic fee of SEK 500 per session. **How do you price export advice** – and did a fee change who shows up?",
      ),
      p(
        "agnieszka.wroblewska",
        95,
        "We went from free to 150 PLN for a 90-minute session two years ago. No-shows dropped almost to zero, and bookings fell by maybe 15%. The ones who stopped coming were mostly people who were “just curious” – which is fine by us.",
      ),
      p(
        "orgadmin",
        94,
        "We keep the first session free and charge from the second one. The first meeting is really a triage: is the firm ready to export at all? If yes, the follow-up is paid, and our region co-finances half of it.",
      ),
      p(
        "mikko.laaksonen",
        92,
        "One thing to check before you charge: whether your public funding allows income from the same activity. In Turku a fee would have been deducted from our grant, so we ask for a **refundable deposit** instead.",
      ),
      p(
        "karin.lindqvist",
        90,
        "Thanks, all – the deposit idea is clever, @mikko.laaksonen. I'll check with our funder and report back.",
      ),
      p(
        "karin.lindqvist",
        60,
        "Update: our funder agreed to a **SEK 400 deposit**, refunded when the person turns up. Three months in, no-shows are down from 25% to 6%.",
      ),
    ],
  },
  {
    category: "internationalisation",
    language: "en",
    title: "First steps into the Nordic market for a Lithuanian design studio",
    solution: 2,
    posts: [
      p(
        "outsider",
        88,
        "A furniture and interior design studio from our centre in Vilnius wants to sell in Denmark and Sweden. Good portfolio, good English, but no contacts at all. Where would you start – trade fairs, agents or a showroom visit? Is there an intermediary in DK or SE that arranges first meetings for foreign studios?",
      ),
      p(
        "mette.kjaergaard",
        87,
        "A trade fair is expensive for a first try. I'd suggest they come to one of our open portfolio evenings in Aarhus first – we invite buyers and interior architects four times a year. See [our profile](/en/partners/aarhus-designnetvaerk).",
      ),
      p(
        "karin.lindqvist",
        86,
        `Agree with Mette that a fair is too early. What worked for two Estonian studios we hosted:

1. A **one-day study visit** with 4–5 meetings booked in advance (retailers, an interior architect, a contract furniture dealer).
2. Samples sent ahead, not carried in a suitcase.
3. A follow-up call within two weeks, with prices in EUR *and* SEK/DKK.

We can set up the Gothenburg part if they cover their travel.`,
      ),
      p(
        "rasmus.bech",
        85,
        "For Copenhagen: Nørrebro has a small showroom corner that visiting studios can use for a week. Drop me a line if the dates work.",
      ),
      p(
        "outsider",
        80,
        "This is exactly what I needed. Karin's three steps are going straight into our plan – marking it as the solution. @mette.kjaergaard, when is your next portfolio evening?",
      ),
      p("mette.kjaergaard", 79, "In about six weeks. I'll send you the invitation."),
    ],
  },
  {
    category: "internationalisation",
    language: "de",
    title: "Messebeteiligung im Ausland: Gemeinschaftsstand oder einzelne Stände?",
    posts: [
      p(
        "svenja.hollmann",
        70,
        "Wir überlegen, mit sechs Designbüros aus dem Rheinufer Design-Cluster zu einer Designmesse nach Stockholm zu fahren. Gemeinschaftsstand unter Cluster-Flagge oder jedes Büro mit eigenem kleinen Stand? Der Gemeinschaftsstand wäre günstiger, aber die Büros fürchten, darin unterzugehen. Wie habt ihr das gelöst?",
      ),
      p(
        "orgadmin",
        69,
        "Wir haben beides ausprobiert. Der Gemeinschaftsstand hat nur funktioniert, als jedes Büro **eine eigene Wand mit Namen** hatte und der Cluster nur oben im Banner auftauchte. Und: feste Standzeiten pro Büro, sonst steht am Ende nur die Clustermanagerin da.",
      ),
      p(
        "jonas.brinkmann",
        68,
        "Bei uns war der Gemeinschaftsstand vor allem wegen der Nachbereitung gut: gemeinsame Kontaktliste, ein gemeinsamer Follow-up-Abend zwei Wochen später in Dortmund. Das hätte keiner der Einzelstände geschafft.",
      ),
      p(
        "moderator",
        66,
        "Falls ihr für die Messe Förderung beantragt: Viele Programme fördern nur Gemeinschaftsstände. Lohnt sich, das vorher zu prüfen. Grundlagen zur Vorbereitung stehen auch im Modul [Partner im Ausland finden und ansprechen](/de/learn/finding-and-approaching-partners-abroad).",
      ),
      p(
        "svenja.hollmann",
        64,
        "Danke euch! Wir machen einen Gemeinschaftsstand mit eigener Wand pro Büro und einem gemeinsamen Nachtreffen. Ich berichte nach der Messe.",
      ),
    ],
  },
  {
    category: "internationalisation",
    language: "da",
    title: "Hvordan forbereder vi danske designere på det tyske marked?",
    posts: [
      p(
        "mette.kjaergaard",
        75,
        "Vi har otte medlemmer i Aarhus Designnetværk, der gerne vil sælge til tyske kunder. De fleste taler ikke tysk, og flere er overraskede over, hvor lang tid en tysk beslutningsproces tager. Har nogen et godt forløb – workshop, mentor, studietur – som har virket?",
      ),
      p(
        "rasmus.bech",
        73,
        "Vi lavede sidste år en halv dag med en dansk designer, der har solgt i Hamborg i ti år. Det vigtigste råd: **send et ordentligt tilbud på tysk**, også selvom mødet foregik på engelsk. Det viser, at man mener det alvorligt.",
      ),
      p(
        "mette.kjaergaard",
        71,
        "Godt råd. Jeg tror, vi kombinerer det med en studietur til Hamborg og Bremen – @ole.orgadmin fra Hafenwerk har tilbudt at være vært. Se [Hafenwerks profil](/da/partners/hafenwerk-kreativnetz-bremen).",
      ),
      p("rasmus.bech", 70, "Sig til, hvis der er to ledige pladser i bussen til nogen fra Nørrebro."),
    ],
  },
  {
    category: "internationalisation",
    language: "fi",
    title: "Pelistudioiden yhteistyö Baltiaan – kokemuksia?",
    posts: [
      p(
        "aino.korhonen",
        64,
        "Tampereen Pelitalossa on kolme pientä pelistudiota, jotka haluaisivat yhteistyökumppaneita Virosta ja Latviasta – lähinnä alihankintaa ja yhteisiä hankkeita, ei niinkään kuluttajamyyntiä. Onko jollakin kokemusta siitä, miten Baltian pelialan verkostoihin pääsee sisään?",
      ),
      p(
        "mikko.laaksonen",
        62,
        "Turussa meillä oli viime syksynä yhteinen tapahtuma tallinnalaisen hubin kanssa. Parhaiten toimi **pieni matchmaking-päivä**, jossa jokainen studio tapasi etukäteen sovittuja yrityksiä 20 minuutin tapaamisissa. [Telliskiven](/fi/partners/telliskivi-loomelinnak-koostoo) väki auttoi yhteyksien luomisessa.",
      ),
      p(
        "aino.korhonen",
        61,
        "Kiitos! Olivatko tapaamiset englanniksi? Osa meidän tiimeistämme on aika ujoja puhumaan myynnistä vieraalla kielellä.",
      ),
      p(
        "mikko.laaksonen",
        60,
        "Englanniksi, ja hyvin meni. Kannattaa harjoitella esittely pari kertaa etukäteen omalla porukalla – se auttoi meillä eniten.",
      ),
    ],
  },
  {
    category: "internationalisation",
    language: "lt",
    title: "Kaip pristatyti Klaipėdos kūrybines įmones Skandinavijos partneriams?",
    solution: 3,
    posts: [
      p(
        "ruta.kazlauskiene",
        58,
        "Rudenį Pamario Kultūros Tinklas su dešimčia kūrybinių įmonių vyks į Malmę ir Kopenhagą. Norime parengti bendrą pristatymą, bet nežinome, kas veikia geriau: vienas bendras katalogas ar kiekvienos įmonės atskiras vieno puslapio aprašas? Gal kas nors turite gerą pavyzdį?",
      ),
      p(
        "outsider",
        57,
        "Mes Vilniuje darėme bendrą katalogą – gražus, bet brangus, ir vėliau jį mažai kas vartė. Partneriai labiau vertino trumpus aprašus su konkrečiu pasiūlymu.",
      ),
      p("ruta.kazlauskiene", 56, "Ačiū! O kas tokiame apraše būtinai turi būti?"),
      p(
        "outsider",
        55,
        "Svarbiausia – aiškiai parašyti, **ko įmonė ieško**: partnerio, užsakovo ar bendros produkcijos. Skandinavai vertina aiškumą. Dar reikia kontaktinio asmens, darbo kalbų ir dviejų trijų nuotraukų. Mūsų šablonas: https://example.org/lt/vieno-puslapio-aprasas",
      ),
      p("ruta.kazlauskiene", 53, "Puiku, darysime vieno puslapio aprašus pagal jūsų šabloną, o katalogo atsisakysime."),
    ],
  },
  {
    category: "internationalisation",
    language: "en",
    title: "Working language in cross-border projects: English only?",
    posts: [
      p(
        "ilze.berzina",
        54,
        "In our last project with partners from five countries, everything ran in English – meetings, reports, the website. It worked, but the small firms we want to reach in Latgale and Kurzeme often don't read English comfortably. How do you handle the language question in joint projects? Budget for translation from the start, or leave it to each partner?",
      ),
      p(
        "kadri.tamm",
        53,
        "We budget it from the start as a separate line, roughly 3–5% of each partner's budget. Every public output exists at least in English and in the partner's own language. Internal work stays in English.",
      ),
      p(
        "jonas.brinkmann",
        52,
        "Same here. And one practical thing: agree on a **short glossary** in the first month. We wasted weeks because “hub”, “cluster” and “incubator” meant different things to different partners.",
      ),
      p(
        "partner",
        50,
        "Agree with both. We also noticed that events work best in the local language with English slides, not the other way round. People ask more questions in their own language.",
      ),
      p(
        "orgadmin",
        49,
        `> agree on a short glossary in the first month

This! We now start every project with a one-page glossary, and it's the document people open most often.`,
      ),
    ],
  },
  {
    category: "internationalisation",
    language: "pl",
    title: "Targi designu w Kopenhadze – czy warto jechać jako klaster?",
    posts: [
      p(
        "tomasz.kowalczyk",
        47,
        "Odrzański Klaster Wzornictwa zastanawia się nad wspólnym wyjazdem na targi designu do Kopenhagi w przyszłym roku. Stoisko kosztuje mniej więcej 12 tys. euro, do tego dochodzą podróż i noclegi dla sześciu firm. Czy ktoś z Was był tam jako grupa i może powiedzieć, czy to się zwróciło?",
      ),
      p(
        "agnieszka.wroblewska",
        45,
        "Byliśmy dwa lata temu z czterema studiami z Gdańska. Bezpośredniej sprzedaży było niewiele, ale **dwie firmy dostały zlecenia** w ciągu pół roku od duńskich architektów, których poznały na stoisku. Warto, ale spotkania trzeba umówić przed targami, a nie liczyć na przypadkowych gości.",
      ),
      p("tomasz.kowalczyk", 44, "Dzięki! A jak umawialiście te spotkania? Przez organizatora targów czy samodzielnie?"),
      p(
        "agnieszka.wroblewska",
        43,
        "Samodzielnie, z pomocą duńskiej sieci projektantów. Napisz do @mette.kjaergaard z Aarhus – ona zna wszystkich.",
      ),
    ],
  },
  {
    category: "internationalisation",
    language: "sv",
    title: "Exportcheckar för kreativa företag – finns det något liknande i Baltikum?",
    posts: [
      p(
        "johan.ekstrom",
        42,
        "I Skåne har vi haft stor nytta av små exportcheckar för kreativa företag: upp till 50 000 kronor för en första marknadsresa eller en översättning. Nu vill vi bygga ett gemensamt program med partner i Litauen och Lettland. Vet någon om det finns liknande stöd där, så att företagen kan matchas med varandra?",
      ),
      p(
        "karin.lindqvist",
        40,
        "Jag vet att Riga har ett kommunalt stöd för kreativa företag, men jag är osäker på om det gäller export. Fråga gärna @ilze.berzina på Rīgas Radošo Industriju Kamera – hon brukar ha koll.",
      ),
      p("johan.ekstrom", 39, "Tack, jag skriver till henne och uppdaterar tråden när jag vet mer."),
      p(
        "johan.ekstrom",
        20,
        "Uppdatering efter samtal med Ilze: i Lettland kan kreativa företag söka det allmänna exportstödet, i Litauen får vi gå via regionala program. Vi börjar med Riga och Liepāja som pilot.",
      ),
    ],
  },
  {
    category: "internationalisation",
    language: "et",
    title: "Eesti loomeettevõtted Saksamaa turule: kust alustada?",
    posts: [
      p(
        "kadri.tamm",
        36,
        "Tartu loomeettevõtetel on Saksamaa turu vastu suur huvi, aga keelebarjäär ja bürokraatia hirmutavad. Kas kellelgi on kogemusi, milline esimene samm on kõige mõistlikum – messikülastus, õppereis või kohaliku vahendaja abi? Ise mõtleme Bremeni ja Hamburgi peale.",
      ),
      p(
        "partner",
        35,
        "Meie käisime eelmisel aastal Bremenis Hafenwerki külalistena ja see oli hea algus. Nad korraldasid meile **hommikusöögi kohalike ettevõtetega**, kus igaüks sai end viie minutiga tutvustada. Sellest oli palju otsesemat kasu kui messist.",
      ),
      p("kadri.tamm", 34, "Kõlab hästi! Kas nad küsisid selle eest tasu?"),
      p(
        "partner",
        33,
        "Ei, kulud jagasime: meie maksime reisi, nemad ruumi ja hommikusöögi. Kirjuta otse Olele, ta on väga abivalmis: @ole.orgadmin",
      ),
    ],
  },
];

const funding: DemoTopic[] = [
  {
    category: "funding-and-calls",
    language: "en",
    title: "Open calls for cross-border cooperation – collected in one thread",
    pinned: true,
    posts: [
      p(
        "admin",
        115,
        `This thread collects open calls that matter for intermediary organisations around the Baltic Sea. Please **add one reply per call** with:

- programme and strand,
- deadline,
- who can apply (and whether a hub or NGO can be lead partner),
- a link to the official page.

We keep this post pinned and clear out closed calls once a month. For an overview of the programmes see the module [Funding cross-border cooperation](/en/learn/funding-cross-border-cooperation).`,
      ),
      p(
        "moderator",
        110,
        "**Creative Europe – European cooperation projects, small scale.** At least three partners from three eligible countries, up to EUR 200,000 at 80% co-financing. The deadline is usually in spring. Details: https://example.org/creative-europe/cooperation-projects",
      ),
      p(
        "johan.ekstrom",
        100,
        "**Interreg Baltic Sea Region – small projects.** Total budget up to about EUR 500,000, two years, partners from at least three programme countries. Check the programme manual for who may act as lead partner: https://example.org/interreg-bsr/small-projects",
      ),
      p(
        "ilze.berzina",
        80,
        "**Nordic-Baltic mobility grants for culture** – travel, network meetings and residencies, several deadlines a year. Good for preparing a study visit before a bigger application: https://example.org/nordic-baltic-mobility",
      ),
      p("admin", 30, "Tidied up: closed calls removed, dates checked at the start of the month. Keep them coming!"),
    ],
  },
  {
    category: "funding-and-calls",
    language: "en",
    title: "Interreg Baltic Sea Region: can a creative network be lead partner?",
    solution: 3,
    posts: [
      p(
        "mikko.laaksonen",
        100,
        "Aurajoen Kulttuuriverkosto is a registered association with a small municipal grant. We would like to lead a small project on matchmaking creative firms with local industry. Does an association like ours qualify as lead partner, or do we need a city or a university to take that role?",
      ),
      p(
        "orgadmin",
        99,
        "We asked the same last year. It depends on your legal status, not on what you do – so first check whether you count as a body governed by public law or as a private non-profit under the programme rules.",
      ),
      p(
        "ilze.berzina",
        98,
        "Our chamber is a private body. We were accepted as a *partner* but advised not to lead, because the lead partner pre-finances and carries the liability for everyone.",
      ),
      p(
        "partner",
        96,
        "What worked for us: the **city is formally lead partner**, and we do the project management under a cooperation agreement, with our own staff costs in the budget. The city got the visibility without the workload, so they were happy. The joint secretariat confirmed the set-up in a consultation call – book one, they are really helpful: https://example.org/interreg-bsr/consultations",
      ),
      p(
        "mikko.laaksonen",
        94,
        "That's the model for us – our city's cultural office is already interested. Thanks, @eeva.partner!",
      ),
    ],
  },
  {
    category: "funding-and-calls",
    language: "en",
    title: "Own contribution of 20%: how do small organisations cover it?",
    solution: 2,
    posts: [
      p(
        "agnieszka.wroblewska",
        92,
        "We are a small hub in Gdańsk with four staff. On a EUR 150,000 share, 20% own contribution is EUR 30,000 – more than our reserves. How do other small organisations manage it? Any solutions that funders actually accept?",
      ),
      p(
        "johan.ekstrom",
        91,
        "Ask your municipality early. Malmö has a co-financing pot for organisations that win EU projects – you apply *after* approval, which makes it much easier to get.",
      ),
      p(
        "ruta.kazlauskiene",
        89,
        `Three things that helped us:

- **Staff costs** count towards your share if the people are already on your payroll and really work on the project.
- A regional co-financing grant (ours covers half of the 20%).
- Keeping our own budget share small and leaving the expensive work packages to the bigger partners.

Volunteer hours and other in-kind contributions are often *not* eligible – check before you plan with them.`,
      ),
      p(
        "moderator",
        88,
        "The lesson [Planning co-financing and roles](/en/learn/funding-cross-border-cooperation/co-financing-and-roles) lists these sources, with a worked example of the pre-financing you'll need as well – often the bigger surprise.",
      ),
      p(
        "agnieszka.wroblewska",
        85,
        "Thank you! Payroll plus the city's co-financing looks realistic for us. Marking Rūta's answer as the solution.",
      ),
    ],
  },
  {
    category: "funding-and-calls",
    language: "en",
    title: "Creative Europe small-scale cooperation as a first application?",
    posts: [
      p(
        "ruta.kazlauskiene",
        84,
        "We have never applied to Creative Europe. The idea: a two-year exchange of open-stage formats between Klaipėda, Gdańsk and Kiel. Is a small-scale project realistic for a first try, or do evaluators prefer applicants with a track record?",
      ),
      p(
        "karin.lindqvist",
        83,
        "Small scale is made for exactly this. Evaluators look at the quality of the idea and the partnership, not at whether you've had EU money before. But **get someone who has written one to read your draft**.",
      ),
      p(
        "jonas.brinkmann",
        81,
        "Two lessons from our failed first attempt: explain clearly why the project has to be European (what can't you do alone?), and plan enough for audience development – we lost points there.",
      ),
      p(
        "moderator",
        80,
        "And start on the partnership agreement early. Ostseesalon Kiel could be a good third partner for open stages: [Ostseesalon Kiel](/en/partners/ostseesalon-kiel)",
      ),
      p("ruta.kazlauskiene", 76, "Great advice, thank you. We'll write to the people in Kiel this week."),
    ],
  },
  {
    category: "funding-and-calls",
    language: "de",
    title: "Eigenanteil über Sachleistungen einbringen – Erfahrungen?",
    solution: 2,
    posts: [
      p(
        "jonas.brinkmann",
        78,
        "Wir haben Räume, Technik und Proberäume, aber wenig Geld. Kann man bei einem Interreg- oder Kreatives-Europa-Projekt den Eigenanteil über Sachleistungen (Raumnutzung, Technik) einbringen? Und wenn ja, wie wird das bewertet?",
      ),
      p(
        "svenja.hollmann",
        77,
        "Bei Kreatives Europa helfen Sachleistungen meiner Erfahrung nach vor allem in der Bewertung: Man beschreibt sie als Beitrag der Partner, finanziert wird damit aber nichts. Für den Eigenanteil zählt, was tatsächlich Geld kostet.",
      ),
      p(
        "orgadmin",
        75,
        "Bei Interreg läuft das bei uns über **Personalkosten und die Pauschale für Büro- und Verwaltungskosten**, nicht über Sachleistungen. Eure Räume sind damit oft schon abgedeckt. Wichtig: vorher mit dem Gemeinsamen Sekretariat klären, welche Pauschalen im Programm gelten, und die Arbeitszeit sauber dokumentieren.",
      ),
      p(
        "jonas.brinkmann",
        74,
        "Danke, Ole, das ist genau der Punkt, der mir gefehlt hat. Dann rechnen wir über Personalkosten und lassen die Räume in der Pauschale.",
      ),
    ],
  },
  {
    category: "funding-and-calls",
    language: "de",
    title: "Budgetplanung für einen Interreg-Antrag: wer hat eine gute Vorlage?",
    posts: [
      p(
        "svenja.hollmann",
        68,
        "Wir schreiben zum ersten Mal ein Interreg-Budget mit fünf Partnern. Hat jemand eine übersichtliche Tabellenvorlage, aufgeteilt nach Arbeitspaketen und Kostenkategorien? Die offiziellen Formulare sind korrekt, aber für die interne Abstimmung schwer lesbar.",
      ),
      p(
        "moderator",
        67,
        "Eine fertige Budgettabelle gibt es im Modul [Grenzüberschreitende Zusammenarbeit finanzieren](/de/learn/funding-cross-border-cooperation) nicht, aber die Lektion zu Kofinanzierung und Rollen zeigt gut, welche Zahlen ihr mit den Partnern klären müsst – vor allem die Vorfinanzierung.",
      ),
      p(
        "jonas.brinkmann",
        65,
        "Wir haben uns eine eigene Tabelle gebaut: Zeilen nach Arbeitspaketen, Spalten nach Kostenkategorien und zusätzlich eine Spalte **„Wer finanziert vor?“**. Klingt banal, aber sonst merkt man erst bei der ersten Abrechnung, dass ein kleiner Partner drei Monate Personalkosten nicht vorstrecken kann. Vorlage: https://example.org/nordstadt/interreg-budgetvorlage",
      ),
      p("svenja.hollmann", 63, "Sehr guter Hinweis, die Spalte nehmen wir auf."),
    ],
  },
  {
    category: "funding-and-calls",
    language: "sv",
    title: "Nordisk finansiering eller Kreativa Europa för ett utbyte med Finland?",
    posts: [
      p(
        "karin.lindqvist",
        61,
        "Vi planerar ett tvåårigt utbyte mellan Göta Älv Designkluster och en designinkubator i Uleåborg. Budgeten är blygsam, kanske 60 000 euro. Kreativa Europa känns för stort, men om de nordiska fonderna vet jag för lite. Är det någon som har jämfört?",
      ),
      p(
        "johan.ekstrom",
        60,
        "Kreativa Europa kräver minst tre länder, så med två partner kommer ni inte in där ändå. Läs villkoren för de nordiska fonderna noga också – flera av dem ställer krav på antalet länder. Ett alternativ är att ta in en tredje partner, till exempel från Estland, så öppnas fler dörrar.",
      ),
      p(
        "karin.lindqvist",
        58,
        "Bra poäng. Vi har faktiskt pratat med Telliskivi i Tallinn tidigare – jag hör av mig till @eeva.partner.",
      ),
    ],
  },
  {
    category: "funding-and-calls",
    language: "lv",
    title: "Pašvaldības līdzfinansējums Interreg projektam – pieredze?",
    solution: 3,
    posts: [
      p(
        "martins.ozols",
        55,
        "Kurzemes Dizaina Darbnīca gatavo Interreg projekta pieteikumu kopā ar partneriem no Lietuvas un Zviedrijas. Mums jānodrošina 20 % līdzfinansējums. Vai kāds ir saņēmis līdzfinansējumu no pašvaldības? Kā jūs to pamatojāt?",
      ),
      p(
        "ilze.berzina",
        54,
        "Rīgā mēs to esam saņēmuši divas reizes. Pats svarīgākais – runāt ar pašvaldību **pirms** pieteikuma iesniegšanas, nevis tikai pēc projekta apstiprināšanas.",
      ),
      p("martins.ozols", 53, "Paldies! Kādus dokumentus pašvaldība prasīja?"),
      p(
        "ilze.berzina",
        52,
        `Mēs iesniedzām:

- vienas lapas kopsavilkumu par ieguvumiem pilsētai (ārvalstu vizītes, pasākumi, jaunas sadarbības);
- budžeta tabulu ar pašvaldības daļu;
- atbalsta vēstules projektu, ko atliek tikai parakstīt.

Mūsu paraugs: https://example.org/lv/lidzfinansejuma-vestule`,
      ),
      p("martins.ozols", 48, "Lieliski, tieši tas, kas vajadzīgs. Atzīmēju kā risinājumu."),
    ],
  },
  {
    category: "funding-and-calls",
    language: "pl",
    title: "Rozliczanie kosztów podróży w Interreg – ryczałt czy koszty rzeczywiste?",
    solution: 1,
    posts: [
      p(
        "agnieszka.wroblewska",
        50,
        "Pierwszy raz rozliczamy wyjazd studyjny w projekcie Interreg. Czy koszty podróży i zakwaterowania rozliczacie według kosztów rzeczywistych, czy korzystacie z ryczałtu? Boję się, że przy kosztach rzeczywistych utoniemy w fakturach.",
      ),
      p(
        "tomasz.kowalczyk",
        49,
        "My korzystamy z ryczałtu: koszty podróży i zakwaterowania jako procent kosztów personelu. O ile pamiętam, w programie Region Morza Bałtyckiego to **15% kosztów personelu**, bez zbierania faktur. Sprawdź to jednak w podręczniku programu, bo wybraną opcję stosuje się do całego projektu.",
      ),
      p("agnieszka.wroblewska", 47, "Dzięki, to bardzo upraszcza sprawę. Sprawdziłam w podręczniku – zgadza się."),
    ],
  },
  {
    category: "funding-and-calls",
    language: "fi",
    title: "Monivuotista rahoitusta verkostotyölle – mistä?",
    posts: [
      p(
        "mikko.laaksonen",
        45,
        "Aurajoen Kulttuuriverkoston toiminta rahoitetaan vuosi kerrallaan, mikä tekee pitkäjänteisestä työstä vaikeaa. Mistä muut verkostot ovat löytäneet monivuotista rahoitusta? Säätiöistä, kaupungilta, EU-hankkeista?",
      ),
      p(
        "aino.korhonen",
        44,
        "Tampereella kaupunki rahoittaa perustoimintaamme kolmivuotisella sopimuksella, ja hankkeet tulevat sen päälle. Sopimus edellytti **vaikuttavuusmittareita**, joista raportoimme kerran vuodessa.",
      ),
      p(
        "mikko.laaksonen",
        43,
        "Mitä mittareita käytätte? Meillä ongelma on juuri se, että verkoston hyötyjä on vaikea osoittaa numeroilla.",
      ),
      p(
        "aino.korhonen",
        41,
        "Yhteistyöprojektien määrää, jäsenyritysten uusia asiakkuuksia ja vuosittaista jäsenkyselyä. Oppimismoduulissa [Measuring the effect of network work](/fi/learn/measuring-the-effect-of-network-work) on hyvä malli vuosikyselyyn.",
      ),
    ],
  },
  {
    category: "funding-and-calls",
    language: "da",
    title: "Tips til at skrive en stærk ansøgning på engelsk?",
    posts: [
      p(
        "rasmus.bech",
        40,
        "Vi skal for første gang skrive en EU-ansøgning, og ingen af os har engelsk som modersmål. Bruger I professionel korrektur, eller er pengene bedre givet ud på en konsulent, der kender programmet?",
      ),
      p(
        "mette.kjaergaard",
        38,
        "Vi har prøvet begge dele. Konsulenten var pengene værd, fordi hun kunne se, hvad bedømmerne leder efter. Korrekturen lavede en kollega fra en partnerorganisation – til gengæld læste vi deres tyske tekster.",
      ),
      p("rasmus.bech", 37, "Smart bytteordning! Det kunne vi måske lave her i forummet."),
      p("mette.kjaergaard", 36, "God idé – opret en tråd under *Partnersøgning*."),
    ],
  },
];

const expeditions: DemoTopic[] = [
  {
    category: "expeditions-and-study-trips",
    language: "en",
    title: "Budgeting a study trip for 15 people: what did we forget?",
    solution: 3,
    posts: [
      p(
        "member",
        105,
        `Hafenwerk is planning a five-day study trip for 15 designers and architects in May: Bremen → Tallinn → Riga → Vilnius. Our draft budget:

- flights and buses: EUR 6,500
- hotels (4 nights, twin rooms): EUR 5,400
- group dinners with hosts: EUR 1,800
- local guides and entrance fees: EUR 900
- a small fee for hosts: EUR 1,200

That's about EUR 15,800, or roughly EUR 1,050 per person. **What did we forget?** Anything that surprised you on your own trips?`,
      ),
      p(
        "kadri.tamm",
        104,
        "Local transport between visits! In Tallinn and Riga we always underestimate taxis or a minibus on days with three or four stops. Plan EUR 40–60 per person.",
      ),
      p(
        "agnieszka.wroblewska",
        103,
        "Interpreting, if some hosts prefer their own language. And a contingency of about 10% – someone always misses a connection.",
      ),
      p(
        "johan.ekstrom",
        102,
        `We made a full checklist after our last trip to Gdańsk. The items people forget most often:

1. **Travel insurance** for participants who are freelancers.
2. A meeting room for the group's daily debrief (hotels charge for it).
3. Gifts for hosts – small, but from your own city.
4. Time and money for **documentation**: photos, a short report, a follow-up evening at home.

The lesson [Planning visits, budget and logistics](/en/learn/planning-a-study-expedition/visits-budget-and-logistics) has a budget template with most of these lines, and its checklist covers insurance.`,
      ),
      p("orgadmin", 101, "And if it's funded: keep the boarding passes. Every single one."),
      p(
        "member",
        99,
        "Thank you all! The updated budget is EUR 18,400, with local transport, a debrief room, documentation and 10% contingency. Johan's list was the most complete – marking it as the solution.",
      ),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "en",
    title: "Hosting visiting groups: how much time can we ask of our tenants?",
    posts: [
      p(
        "partner",
        90,
        "Telliskivi gets about two study groups a month from abroad. Our tenants like showing their work, but it's starting to cost them real working time. Do other hubs pay tenants for hosting, rotate them, or limit the number of visits?",
      ),
      p(
        "jonas.brinkmann",
        89,
        "We limit it to one group a month, and each group pays a **hosting fee of EUR 250**, of which 200 go to the studios they visit. That changed the mood completely.",
      ),
      p(
        "rasmus.bech",
        88,
        "Rotation plus a fixed format: 15-minute studio talk, 10 minutes of questions, done. Tenants agreed much more easily once they knew it wouldn't eat their whole afternoon.",
      ),
      p(
        "aino.korhonen",
        86,
        "We ask groups to fill in a short form first: who they are and what they want to see. Half the requests turn out to be sightseeing, and we politely point those to our public open-studio day.",
      ),
      p("partner", 84, "Fee, fixed format and a filter form – I'll take all three to our tenants' meeting. Thanks!"),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "en",
    title: "An expedition in the Klub Dialog spirit: small teams, open questions",
    posts: [
      p(
        "orgadmin",
        80,
        "The old Bremen “Expedition” idea still inspires us: instead of a guided group tour, send small teams of two or three creative people to different cities with **one open question each**, and let them bring back stories. Has anyone run a trip like this recently? How did you choose the questions – and keep it from turning into a holiday?",
      ),
      p(
        "mette.kjaergaard",
        78,
        "We did a version with four teams. The trick was that each team had to present at a public evening within three weeks of coming back. That deadline kept everyone focused.",
      ),
      p(
        "ilze.berzina",
        77,
        "Give each team a short list of hosts and let them arrange the meetings themselves. The teams who visited Riga and organised their own programme got much more out of it than those who were handed a ready-made one.",
      ),
      p("member", 75, "Love this. @ole.orgadmin, could we do it for the autumn round instead of the big group trip?"),
      p("orgadmin", 74, "Let's talk on Monday – I think we could do both: one group trip and three expedition teams."),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "de",
    title: "Studienreise nach Tallinn und Riga im Mai – Programmvorschläge?",
    posts: [
      p(
        "orgadmin",
        72,
        "Wir planen mit Hafenwerk eine Studienreise nach Tallinn und Riga, drei Tage pro Stadt. Schwerpunkt: Wie arbeiten Kreativquartiere mit der Stadtverwaltung zusammen? Wer war schon dort und hat Tipps für Besuche abseits der üblichen Stationen?",
      ),
      p(
        "jonas.brinkmann",
        71,
        "In Tallinn unbedingt einen halben Tag für ein Gespräch mit der Stadt einplanen – die Leute von [Telliskivi](/de/partners/telliskivi-loomelinnak-koostoo) können das vermitteln. Wir waren zu kurz dort und haben es bereut.",
      ),
      p(
        "svenja.hollmann",
        69,
        "In Riga fanden wir die **Kammer für Kreativwirtschaft** spannend, weil sie Politik und Unternehmen an einen Tisch bringt. Schreib an @ilze.berzina, sie spricht auch etwas Deutsch.",
      ),
      p(
        "moderator",
        68,
        "Tipp zur Planung: Das Modul [Eine Studienexpedition planen](/de/learn/planning-a-study-expedition) erklärt, wie man Gastgeber anfragt und wie ein realistischer Tag aussieht – höchstens drei Termine, und die Nachbesprechung am Nachmittag ist Pflicht.",
      ),
      p("orgadmin", 66, "Danke euch, das Programm steht jetzt zu zwei Dritteln."),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "et",
    title: "Õppereis Tartust Kaunasesse – buss või rong?",
    posts: [
      p(
        "kadri.tamm",
        65,
        "Plaanime juunis õppereisi Kaunase loomekeskustesse, grupis on 18 inimest. Kas mõistlikum on tellida buss või sõita rongiga? Rongiühendus on viimastel aastatel paranenud, aga ümberistumised teevad mind murelikuks.",
      ),
      p(
        "partner",
        64,
        "Meie võtsime eelmisel aastal bussi. Kallim, aga saime teel pidada **väikese ettevalmistuskoosoleku** ja tagasiteel kohe muljeid arutada. See oli tegelikult reisi üks väärtuslikumaid osi.",
      ),
      p("kadri.tamm", 63, "Hea mõte, seda ma ei arvestanud. Kui palju buss maksis?"),
      p(
        "partner",
        62,
        "Umbes 1900 eurot kolme päeva eest, koos juhi majutusega. Kaunases soovitan kindlasti külastada keskust [Kaunas Kūrybinis Uostas](/et/partners/kaunas-kurybinis-uostas).",
      ),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "lt",
    title: "Pažintinė kelionė į Gdanską: ką verta aplankyti?",
    posts: [
      p(
        "ruta.kazlauskiene",
        60,
        "Rugsėjį su dvylika Klaipėdos kūrėjų vyksime į Gdanską. Norime pamatyti, kaip buvusios laivų statyklos teritorija virto kūrybos kvartalu. Gal kas nors ten buvote ir galite patarti, su kuo susitikti?",
      ),
      p(
        "outsider",
        58,
        "Buvome pernai. Būtinai susitikite su [Stocznia Kreatywna Gdańsk](/lt/partners/stocznia-kreatywna-gdansk) komanda – jie ne tik aprodo erdves, bet ir papasakoja apie derybas su miestu. Geriausia rašyti @agnieszka.wroblewska.",
      ),
      p("ruta.kazlauskiene", 57, "Ačiū! Kiek laiko rekomenduotumėte skirti vienam vizitui?"),
      p("outsider", 56, "Bent pusdienį. Ir suplanuokite bendrą vakarienę su šeimininkais – ten išgirsite daugiausia."),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "sv",
    title: "Studieresa till Gdańsk och Szczecin – erfarenheter?",
    posts: [
      p(
        "johan.ekstrom",
        56,
        "Öresund Kulturinkubator vill ta med tio av våra företag till Gdańsk och Szczecin i höst. Vi funderar på färja från Ystad i stället för flyg. Har någon gjort samma resa och kan tipsa om upplägg och värdar?",
      ),
      p(
        "karin.lindqvist",
        55,
        "Vi tog färjan förra året och det var värt det: en kväll ombord med gemensam middag gav mer gruppkänsla än två dagar med program. I Szczecin var [Odrzański Klaster Wzornictwa](/sv/partners/odrzanski-klaster-wzornictwa) fantastiska värdar.",
      ),
      p("johan.ekstrom", 53, "Perfekt. Hur länge stannade ni i varje stad?"),
      p(
        "karin.lindqvist",
        52,
        "Två dagar i Gdańsk och en i Szczecin. Räkna med att tågresan mellan städerna tar en halv dag.",
      ),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "fi",
    title: "Opintomatkan tulosten jakaminen – mikä toimii?",
    posts: [
      p(
        "mikko.laaksonen",
        48,
        "Palasimme juuri opintomatkalta Tallinnasta ja Riiasta. Ryhmällä on valtavasti ideoita, mutta kokemuksesta tiedän, että ne unohtuvat parissa viikossa. Miten te jaatte matkan tulokset omalle verkostollenne?",
      ),
      p(
        "aino.korhonen",
        46,
        "Meillä toimii **avoin ilta kahden viikon sisällä** matkasta: jokainen osallistuja kertoo yhden asian, jota aikoo kokeilla, ja kuukauden päästä katsotaan, mitä tapahtui.",
      ),
      p("mikko.laaksonen", 45, "Hyvä idea tuo seuranta. Onko teillä pohjaa raportille?"),
      p(
        "aino.korhonen",
        44,
        "Käytämme raporttiin oppimismoduulin mallia: [Bringing the results home](/fi/learn/planning-a-study-expedition/sharing-results). Yksi sivu vierailua kohden, yksi kuva ja muutama konkreettinen idea kotiin vietäväksi.",
      ),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "en",
    title: "Gdańsk–Szczecin expedition, 14–17 May: registration closed",
    locked: true,
    posts: [
      p(
        "agnieszka.wroblewska",
        40,
        `Thanks to everyone who signed up for our expedition to Gdańsk and Szczecin! All 20 places are taken and registration is now **closed**. Participants will get the programme and practical details by email next week.

If you missed it: we plan a second round in autumn and will announce it in this category.`,
      ),
      p(
        "tomasz.kowalczyk",
        39,
        "We're looking forward to hosting the Szczecin part. Everyone visiting Odrzański Klaster Wzornictwa will get a short workshop in our prototyping lab.",
      ),
      p("karin.lindqvist", 38, "Is there a waiting list? Two of our members would still like to come."),
      p(
        "agnieszka.wroblewska",
        37,
        "Yes – please email us and we'll let you know if places become free. I'm locking this thread so the details stay easy to find.",
      ),
    ],
  },
  {
    category: "expeditions-and-study-trips",
    language: "da",
    title: "Studietur til Tallinn og Riga for lydfolk – hvem kan være værter?",
    posts: [
      p(
        "rasmus.bech",
        34,
        "Vi er en gruppe på 12 fra Nørrebro Kreative Værksted – lyddesignere, musikere og et par podcastproducere – der vil til Tallinn og Riga i efteråret. Kender nogen gode værter inden for lyd og musik? Vi vil gerne se både studier og steder, hvor lydfolk arbejder sammen med virksomheder.",
      ),
      p(
        "mette.kjaergaard",
        33,
        "I Riga skal I tale med [Riga Sound Lab](/da/partners/riga-sound-lab). Vi besøgte dem i foråret, og de havde sat et fint program sammen med to reklamebureauer.",
      ),
      p("rasmus.bech", 31, "Tak, Mette! Skrev du direkte til dem?"),
      p("mette.kjaergaard", 30, "Ja, via kontaktformularen på deres profil. De svarede inden for to dage."),
    ],
  },
];

const partnerSearch: DemoTopic[] = [
  {
    category: "partner-search",
    language: "en",
    title: "Lead partner wanted: Interreg project on matchmaking creative firms with maritime industry",
    posts: [
      p(
        "orgadmin",
        86,
        `Hafenwerk Kreativnetz Bremen is preparing a project idea for the next Interreg Baltic Sea Region call: **matchmaking creative firms with maritime and port industries** – shipyards, logistics, ferry operators. We have the idea, 180 member firms and good contacts in Bremen's port, but we are not eligible to lead.

We are looking for:

- a **lead partner** (city, region or university) with experience in EU projects,
- two or three hubs or clusters in port cities – Gdańsk, Klaipėda, Riga, Turku?

Concept note (2 pages): https://example.org/hafenwerk/maritime-matchmaking-concept`,
      ),
      p(
        "tomasz.kowalczyk",
        85,
        "The port of Szczecin is very interested in design for its visitor centre and logistics. Our cluster could be a partner, and the regional government might consider leading – I'll ask this week.",
      ),
      p(
        "kadri.tamm",
        84,
        "Tartu isn't a port, but we'd love to join as an associated partner for the evaluation. We've built a small toolkit for measuring what matchmaking actually leads to.",
      ),
      p(
        "ruta.kazlauskiene",
        82,
        "Klaipėda would fit perfectly – our network already works with the port authority on cultural events. Count us in for the concept stage.",
      ),
      p(
        "ilze.berzina",
        80,
        "The Riga chamber is interested too. Could you share the timeline for partner commitments?",
      ),
      p(
        "orgadmin",
        78,
        "Wonderful, thank you! Timeline: partner letters by the end of next month, first online meeting in three weeks. I'll send a calendar invitation to everyone who replied here.",
      ),
      p(
        "tomasz.kowalczyk",
        60,
        "Update from Szczecin: the regional office is willing to discuss the lead role. @ole.orgadmin, let's set up a call with them.",
      ),
    ],
  },
  {
    category: "partner-search",
    language: "en",
    title: "Co-producers wanted for a travelling exhibition on Baltic harbour architecture",
    posts: [
      p(
        "member",
        76,
        "We're developing a travelling exhibition on how old harbour buildings around the Baltic Sea became creative spaces – warehouses, shipyards, customs houses. It should visit four or five cities over two years. We're looking for **co-producers** who can contribute local content and host the exhibition for 4–6 weeks.",
      ),
      p(
        "agnieszka.wroblewska",
        74,
        "The Gdańsk shipyard story would fit perfectly, and we have a hall for it. Interested!",
      ),
      p(
        "johan.ekstrom",
        72,
        "Malmö's old shipyard area could be a chapter too. We can't host, but we can contribute research and photos.",
      ),
      p(
        "member",
        70,
        "Amazing, thanks both. I've started a shared list of possible venues and chapters – I'll send it to you directly.",
      ),
    ],
  },
  {
    category: "partner-search",
    language: "en",
    title: "Game incubators for a mentoring exchange (Tampere ↔ Vilnius/Riga)",
    posts: [
      p(
        "aino.korhonen",
        70,
        "Tampereen Pelitalo would like to set up a mentoring exchange for early-stage game studios: our experienced developers mentor teams abroad online, and mentors there do the same for our teams in areas where they are strong, such as outsourcing or art production. Any game hubs or incubators in the Baltic states interested?",
      ),
      p(
        "outsider",
        69,
        "Užupio has two game teams in our incubation programme, and they would love mentoring on publishing. Let's talk!",
      ),
      p(
        "martins.ozols",
        67,
        "In Liepāja we have a small group of game artists – not a hub as such, but they could offer mentoring on art production.",
      ),
      p(
        "aino.korhonen",
        66,
        "Both great. I'll set up a short call next week – @otto.outsider and @martins.ozols, I'll write to you.",
      ),
    ],
  },
  {
    category: "partner-search",
    language: "en",
    title: "Partners for a sound art residency exchange",
    posts: [
      p(
        "rasmus.bech",
        66,
        "Nørrebro Kreative Værksted wants to start a small residency exchange for sound artists: two weeks, one artist each way, twice a year. We can offer a studio and a flat in Copenhagen. Looking for one or two partners with a studio and somewhere to stay.",
      ),
      p(
        "ilze.berzina",
        64,
        "Riga would be a great match – Riga Sound Lab has a studio and sometimes hosts residents. I'll introduce you.",
      ),
      p(
        "johan.ekstrom",
        63,
        "Malmö is only 35 minutes from Copenhagen, so probably too close for an exchange – but we'd be happy to host a public presentation of the residents' work.",
      ),
      p("rasmus.bech", 60, "Both very welcome! @ilze.berzina, thanks for the introduction."),
    ],
  },
  {
    category: "partner-search",
    language: "de",
    title: "Partner für ein Kreatives-Europa-Projekt zu Leerstand und Kreativquartieren",
    posts: [
      p(
        "jonas.brinkmann",
        63,
        "Das Kreativquartier Nordstadt sucht Partner für ein Kooperationsprojekt im Programm Kreatives Europa: Wie können leerstehende Industriegebäude dauerhaft für Kultur und Kreativwirtschaft genutzt werden? Wir suchen **zwei Partner aus anderen Ländern**, idealerweise Quartiere mit ähnlicher Geschichte (Brauerei, Hafen, Werft).",
      ),
      p(
        "svenja.hollmann",
        62,
        "Wir sind zwar auch aus Deutschland, können aber gern als assoziierter Partner unsere Erfahrungen aus Leverkusen einbringen.",
      ),
      p(
        "orgadmin",
        60,
        "Fragt bei [Stocznia Kreatywna Gdańsk](/de/partners/stocznia-kreatywna-gdansk) in Danzig und bei [Telliskivi Loomelinnak Koostöö](/de/partners/telliskivi-loomelinnak-koostoo) in Tallinn – beide haben genau diese Geschichte.",
      ),
      p("jonas.brinkmann", 58, "Danke! Habe beide angeschrieben, Telliskivi hat schon Interesse signalisiert."),
    ],
  },
  {
    category: "partner-search",
    language: "pl",
    title: "Szukamy partnera z Litwy lub Łotwy do projektu o wzornictwie mebli",
    posts: [
      p(
        "tomasz.kowalczyk",
        57,
        "Odrzański Klaster Wzornictwa przygotowuje projekt o współpracy projektantów z małymi fabrykami mebli. Szukamy partnera z Litwy lub Łotwy – klastra, inkubatora albo izby – który zna lokalnych producentów. Projekt dwuletni, start najwcześniej w przyszłym roku.",
      ),
      p(
        "agnieszka.wroblewska",
        55,
        "Spróbuj [Nemuno Dizaino Klasteris](/pl/partners/nemuno-dizaino-klasteris) w Kownie – to klaster wzornictwa i mają kontakty z producentami mebli.",
      ),
      p("tomasz.kowalczyk", 53, "Dziękuję, napiszę do nich. Jeśli ktoś z Łotwy też byłby zainteresowany, dajcie znać."),
    ],
  },
  {
    category: "partner-search",
    language: "lt",
    title: "Ieškome partnerių iš Lenkijos ir Vokietijos jūrinio paveldo projektui",
    posts: [
      p(
        "ruta.kazlauskiene",
        52,
        "Pamario Kultūros Tinklas rengia projektą apie jūrinį paveldą ir šiuolaikinį dizainą: senieji uosto pastatai, žvejų kaimų tradicijos ir jaunieji kūrėjai. Ieškome partnerių Lenkijoje ir Vokietijoje – kūrybos centrų arba kultūros organizacijų uostamiesčiuose.",
      ),
      p(
        "outsider",
        50,
        "Pažiūrėkite į Fundacja Bałtycki Dialog Gdynėje ir Ostseesalon Kiel – abi organizacijos dirba su jūrine tema. Be to, jūsų idėja puikiai dera su @ole.orgadmin projektu apie kūrybines įmones ir uostus.",
      ),
      p("ruta.kazlauskiene", 49, "Puiki mintis, susisieksiu su visais trimis."),
    ],
  },
  {
    category: "partner-search",
    language: "lv",
    title: "Meklējam partnerus dizaina rezidenču apmaiņai",
    posts: [
      p(
        "martins.ozols",
        47,
        "Kurzemes Dizaina Darbnīca Liepājā vēlas sākt dizaina rezidenču apmaiņu: divas nedēļas dzīvošanas un darba mūsu darbnīcā, savukārt mūsu dizaineri dodas pie jums. Meklējam partnerus Zviedrijā, Somijā vai Igaunijā.",
      ),
      p(
        "ilze.berzina",
        45,
        "Jauka ideja! [Rannarahva Disainivõrgustik](/lv/partners/rannarahva-disainivorgustik) Pērnavā varētu būt labs partneris – līdzīga pilsēta, līdzīgs mērogs.",
      ),
      p("martins.ozols", 44, "Paldies, Ilze, uzrakstīšu viņiem."),
      p(
        "martins.ozols",
        30,
        "Pērnava piekrita! Pirmā apmaiņa notiks rudenī. Vēl meklējam partneri Zviedrijā vai Somijā.",
      ),
    ],
  },
  {
    category: "partner-search",
    language: "et",
    title: "Otsime Soome ja Rootsi partnereid disainitöötubade sarjale",
    posts: [
      p(
        "partner",
        44,
        "Telliskivi Loomelinnak plaanib järgmiseks aastaks kuuest disainitöötoast koosnevat sarja, kus noored disainerid töötavad koos tööstusettevõtetega. Otsime kahte partnerit Soomest ja Rootsist, kes korraldaksid ühe töötoa oma linnas ja tooksid kaasa kohalikke ettevõtteid.",
      ),
      p(
        "kadri.tamm",
        43,
        "Oulus asuv Pohjoinen Muotoiluhautomo võiks huvi tunda – neil on tugevad sidemed tööstusega. Rootsist tasub küsida Göta Älv Designklusterilt Göteborgis.",
      ),
      p(
        "partner",
        41,
        "Aitäh, Kadri! Kirjutan mõlemale. @karin.lindqvist, kas Göteborgis oleks sellise sarja vastu huvi?",
      ),
    ],
  },
  {
    category: "partner-search",
    language: "en",
    title: "Looking for a co-host for a Baltic showcase in Berlin",
    posts: [
      p(
        "kadri.tamm",
        38,
        "Emajõe Loomemajanduse Keskus wants to bring ten creative companies from Tartu, Riga and Vilnius to Berlin for a two-day showcase. We'd love to co-host it with a cultural institute or an organisation that already has a venue and an audience there.",
      ),
      p(
        "moderator",
        37,
        "[Spreeforum Gründerwerkstatt](/en/partners/spreeforum-grunderwerkstatt) in Berlin runs a salon series that could host one evening. I'd also ask Põhja Kultuuri Instituut in Tallinn whether they have a partner in Berlin.",
      ),
      p(
        "jonas.brinkmann",
        35,
        "Berlin is crowded with showcases. Give it a clear angle – say, “Baltic sound and games” – and pair each company with a German counterpart in a short dialogue on stage. That works better than booths.",
      ),
      p("kadri.tamm", 33, "Both very helpful, thank you. The dialogue idea is great."),
    ],
  },
];

const events: DemoTopic[] = [
  {
    category: "events-and-formats",
    language: "en",
    title: "Running a business breakfast with industry: our checklist after 12 editions",
    posts: [
      p(
        "svenja.hollmann",
        100,
        `Three years ago, inspired by a business breakfast for creatives in Leverkusen, we started a quarterly breakfast where creative firms meet local industry. Twelve editions later, this is what we'd tell anyone starting out:

1. **Start at 8:00, end at 9:30 sharp.** Industry people come if they can be at their desks by ten.
2. One host company per edition, not a hotel – people want to see a factory or a lab.
3. Three short pitches by creative firms, each with a concrete offer, not a portfolio.
4. Mixed tables on purpose: no two creatives and no two industry people side by side.
5. A follow-up email within 48 hours listing who wanted to meet whom.

What would you add?`,
      ),
      p(
        "karin.lindqvist",
        98,
        "Ask the host company to name **one real problem** they want ideas for. Our best breakfast was at a packaging manufacturer who wanted to make returnable crates more attractive – three collaborations came out of it.",
      ),
      p(
        "tomasz.kowalczyk",
        97,
        "We also cap it at 40 people. Above that, the mixed tables stop working and it turns into a conference.",
      ),
      p(
        "member",
        95,
        "We count afterwards: how many of the “who wanted to meet whom” pairs actually met within three months. Around 30% is our average, which helps a lot when we report to funders.",
      ),
      p(
        "svenja.hollmann",
        94,
        "Great additions – especially the real-problem brief. If anyone's curious about the origins, the module [Presenting creative services to industry](/en/learn/presenting-creative-services-to-industry) starts with the Leverkusen story.",
      ),
    ],
  },
  {
    category: "events-and-formats",
    language: "de",
    title: "Business-Frühstück: 7:30 oder 8:30 Uhr?",
    solution: 2,
    posts: [
      p(
        "orgadmin",
        93,
        "Unser Business-Frühstück beginnt bisher um 8:30 Uhr, aber die Leute aus der Industrie gehen oft schon nach einer Stunde. Die Kreativen dagegen kommen ungern vor acht. Hat jemand Erfahrung mit einer früheren Uhrzeit?",
      ),
      p(
        "jonas.brinkmann",
        92,
        "Wir haben 7:30 ausprobiert – Industrie top, die Hälfte der Kreativen kam verschlafen oder gar nicht. Jetzt 8:00.",
      ),
      p(
        "svenja.hollmann",
        91,
        "Bei uns funktioniert **8:00 bis 9:30 mit festem Ende**. Entscheidend war nicht die Startzeit, sondern das angekündigte Ende: Wenn klar ist, dass um 9:30 Schluss ist, bleiben die Gäste aus der Industrie bis zum Schluss. Vorher hatten wir ein offenes Ende, und alle sind irgendwann gegangen.",
      ),
      p(
        "moderator",
        90,
        "Kann ich bestätigen. Und: Pitches an den Anfang, nicht ans Ende – sonst sind die wichtigsten Gäste schon weg.",
      ),
      p(
        "orgadmin",
        85,
        "Danke! Wir stellen auf 8:00 bis 9:30 um, mit den Pitches gleich nach der Begrüßung. Svenjas Antwort markiere ich als Lösung.",
      ),
    ],
  },
  {
    category: "events-and-formats",
    language: "de",
    title: "Einladung: Themenabend „Kreativwirtschaft trifft Hafenlogistik“",
    posts: [
      p(
        "orgadmin",
        50,
        `Am **ersten Donnerstag im nächsten Monat, ab 18:30 Uhr** laden wir zum Themenabend in den Hafenwerk-Speicher in der Überseestadt ein. Drei Logistikunternehmen erzählen, wo sie gestalterische Hilfe brauchen; danach offene Bühne für Kreative mit passenden Ideen (je drei Minuten).

Anmeldung: https://example.org/hafenwerk/themenabend-hafenlogistik

Gäste aus den Partnerstädten sind herzlich willkommen – bei Bedarf übersetzen wir ins Englische.`,
      ),
      p(
        "jonas.brinkmann",
        49,
        "Klingt super. Dürfen wir zwei Leute aus Dortmund schicken, die an Verpackungsdesign arbeiten?",
      ),
      p("orgadmin", 48, "Sehr gern, einfach über den Link anmelden."),
      p("moderator", 40, "Kleine Erinnerung: Es sind noch 15 Plätze frei."),
      p(
        "orgadmin",
        25,
        "Danke an alle, die da waren! Fotos und die Ideen von der offenen Bühne gibt es hier: https://example.org/hafenwerk/rueckblick-hafenlogistik. Zwei Kooperationen laufen schon.",
      ),
    ],
  },
  {
    category: "events-and-formats",
    language: "en",
    title: "Open stage: how do you curate without killing the openness?",
    posts: [
      p(
        "jonas.brinkmann",
        85,
        "Our monthly Nordstadt Nights have an open stage where anyone can present a project in five minutes. It's popular, but lately half the slots go to the same few people, and some pitches are pure sales. Do you curate your open stage, and if so, how do you keep it feeling open?",
      ),
      p(
        "rasmus.bech",
        84,
        "We draw lots for half the slots and curate the other half. The regulars accept the lottery because it's fair.",
      ),
      p(
        "ilze.berzina",
        82,
        "We ask for one sentence in advance: *what do you want from the audience?* Pure sales pitches usually can't answer that; people looking for feedback or partners can.",
      ),
      p(
        "aino.korhonen",
        80,
        `> what do you want from the audience?

We use exactly this question, and it helps the audience too – the host reads it out before each slot.`,
      ),
      p("jonas.brinkmann", 78, "Lottery for half the slots plus the one-sentence question. Trying it next month."),
    ],
  },
  {
    category: "events-and-formats",
    language: "sv",
    title: "Middagssamtal med tolv gäster – hur gör ni med bordsplaceringen?",
    posts: [
      p(
        "karin.lindqvist",
        82,
        "Vi ska ha vårt första middagssamtal: tolv gäster från designbyråer, industri och kommun, ett tema och tre rätter. Placerar ni gästerna medvetet eller får folk sätta sig var de vill? Och byter ni plats mellan rätterna?",
      ),
      p(
        "johan.ekstrom",
        80,
        "Medveten placering, alltid. Vi byter plats efter varmrätten så att alla får prata med minst fyra nya personer. Låt värden sitta i mitten och styra samtalet lätt – en fråga per rätt räcker.",
      ),
      p("karin.lindqvist", 79, "En fråga per rätt låter bra. Vilka frågor har fungerat för er?"),
      p(
        "johan.ekstrom",
        78,
        "Till exempel: *Vilket problem skulle du vilja att någon annan löste åt dig?* Då kommer samtalet snabbt in på konkreta samarbeten.",
      ),
    ],
  },
  {
    category: "events-and-formats",
    language: "da",
    title: "Invitation: Åben scene på Nørrebro",
    posts: [
      p(
        "rasmus.bech",
        30,
        `Første fredag i næste måned holder vi **åben scene** i værkstedet på Nørrebro. Alle kreative fra netværket kan præsentere et projekt på fem minutter, og vi slutter af med mad og musik. Gæster fra partnerbyerne er meget velkomne – vi kører på engelsk, hvis der sidder udenlandske gæster i salen.

Tilmelding: https://example.org/norrebro/aaben-scene`,
      ),
      p("mette.kjaergaard", 29, "Vi kommer tre fra Aarhus. Må vi tage en lille udstilling med?"),
      p("rasmus.bech", 28, "Selvfølgelig – der er plads til to borde i baglokalet."),
    ],
  },
  {
    category: "events-and-formats",
    language: "fi",
    title: "Teemailtojen osallistujamäärät laskussa – ideoita?",
    solution: 3,
    posts: [
      p(
        "aino.korhonen",
        76,
        "Teemaillat keräsivät vielä pari vuotta sitten 60–80 ihmistä, nyt enää 25–30. Aiheet ovat hyviä, mutta paikalla on joka kerta sama porukka, eikä uusia kasvoja juuri näy. Mitä olette tehneet, kun tapahtumasarja alkaa väsähtää?",
      ),
      p(
        "mikko.laaksonen",
        75,
        "Meillä oli sama ongelma viime vuonna. Kokeilimme ensin vaihtaa paikkaa joka kerta – se toi hetkeksi uusia ihmisiä, mutta vaikutus hiipui.",
      ),
      p("aino.korhonen", 74, "Mikä sitten lopulta auttoi?"),
      p(
        "mikko.laaksonen",
        72,
        "Se, että **jokainen ilta järjestetään yhdessä jonkin toisen tahon kanssa**: yrittäjäjärjestön, kirjaston tai opiskelijajärjestön. Kumppani tuo mukanaan omaa yleisöään, ja aiheet monipuolistuvat kuin itsestään. Nyt osallistujia on taas keskimäärin 60. Lyhensimme myös illat puoleentoista tuntiin.",
      ),
      p("aino.korhonen", 70, "Erinomainen vinkki. Merkitsen tämän ratkaisuksi, ja kokeilemme sitä ensi kaudella."),
    ],
  },
  {
    category: "events-and-formats",
    language: "lv",
    title: "Ielūgums: biznesa brokastis Rīgā ar ražotājiem",
    posts: [
      p(
        "ilze.berzina",
        28,
        `Rīgas Radošo Industriju Kamera aicina uz **biznesa brokastīm nākamā mēneša otrajā otrdienā plkst. 8.00**. Tēma: kā dizaineri un ražotāji var kopā attīstīt produktus. Trīs radošie uzņēmumi prezentēs savus piedāvājumus, pēc tam – sarunas pie galdiem.

Pieteikšanās: https://example.org/rrik/biznesa-brokastis`,
      ),
      p("martins.ozols", 27, "Brauksim no Liepājas divatā. Vai būs iespēja īsi prezentēt mūsu darbnīcu?"),
      p("ilze.berzina", 26, "Jā, ieplānošu tev trīs minūtes pašā sākumā."),
      p("ilze.berzina", 5, "Paldies visiem par dalību! Bijām 42, un trīs uzņēmumi jau norunājuši nākamās tikšanās."),
    ],
  },
  {
    category: "events-and-formats",
    language: "lt",
    title: "Atvira scena Klaipėdoje: kaip pritraukti verslo žmones?",
    posts: [
      p(
        "ruta.kazlauskiene",
        24,
        "Į mūsų atvirą sceną ateina daug kūrėjų, bet beveik nė vieno verslo atstovo. Norėtume, kad vakaruose dalyvautų ir įmonių vadovai, ieškantys kūrybinių partnerių. Kaip jūs juos prisikviečiate?",
      ),
      p(
        "outsider",
        23,
        "Mums pasiteisino **asmeniniai kvietimai** ir aiški nauda: kiekvienam verslo svečiui iš anksto atsiunčiame trumpą sąrašą, kas pristatys savo projektus. Be to, renginį pradedame ne vėliau kaip 18 val.",
      ),
      p("ruta.kazlauskiene", 22, "Ačiū, pabandysime kitą mėnesį. Parašysiu, kaip sekėsi."),
      p(
        "ruta.kazlauskiene",
        8,
        "Pasiteisino! Atėjo septyni verslo atstovai, du jau susitarė dėl susitikimų su kūrėjais.",
      ),
    ],
  },
  {
    category: "events-and-formats",
    language: "en",
    title: "Hybrid network evenings: worth the effort?",
    posts: [
      p(
        "johan.ekstrom",
        20,
        "Some partners abroad keep asking us to stream our network evenings. We tried twice: the online audience was small, and the room felt disturbed by the cameras. Has anyone found a hybrid format that actually works for networking events?",
      ),
      p(
        "mikko.laaksonen",
        19,
        "For networking, no. For the talk, yes: we stream only the first 30 minutes and then switch the cameras off. Online guests get a separate 20-minute round with the speaker afterwards.",
      ),
      p(
        "agnieszka.wroblewska",
        17,
        "We stopped streaming and record a five-minute summary video the next day instead. More people watch that than ever watched the stream.",
      ),
      p(
        "moderator",
        16,
        "Both good. Accessibility is a reason to keep at least the talk online, though – some members can't travel at all.",
      ),
      p("johan.ekstrom", 15, "Stream the talk, not the mingling, plus a short recap video. Sounds like a plan."),
    ],
  },
];

const learning: DemoTopic[] = [
  {
    category: "learning-modules",
    language: "en",
    title: "Translating modules: how do you say “intermediary organisation”?",
    solution: 3,
    posts: [
      p(
        "ilze.berzina",
        70,
        "I'm translating the module on building a local creative network into Latvian for our members. The hardest term is **intermediary organisation**. The literal translation (*starpniekorganizācija*) sounds like a broker or an agent. What did you use in your languages?",
      ),
      p(
        "ruta.kazlauskiene",
        69,
        "In Lithuanian our first draft said *tarpinės organizacijos*, and we got the same feedback. Now we use *kūrybinių industrijų paramos organizacijos* – longer, but people understand it.",
      ),
      p(
        "kadri.tamm",
        68,
        "Estonian: we say *tugiorganisatsioon*, “support organisation”. Not exact, but it describes the role.",
      ),
      p(
        "moderator",
        66,
        "A tip: explain the term once, in a short box at the start of [Building a creative network in your city](/en/learn/building-a-local-creative-network), and then use a shorter word throughout. And please add your choice to the shared glossary so other translators stay consistent: https://example.org/portolan/glossary",
      ),
      p(
        "ilze.berzina",
        64,
        "That's what I'll do: a short explanation box plus *atbalsta organizācijas* in the text. Thank you all!",
      ),
    ],
  },
  {
    category: "learning-modules",
    language: "lv",
    title: "Ekspedīciju modulis darbnīcā ar 20 dalībniekiem",
    posts: [
      p(
        "martins.ozols",
        62,
        "Nākamajā mēnesī Liepājā vadīšu darbnīcu par mācību braucienu plānošanu, balstoties uz moduli [Planning a study expedition](/lv/learn/planning-a-study-expedition). Būs ap 20 dalībnieku. Vai kāds jau ir izmantojis moduļa uzdevumus grupā? Cik daudz laika tie aizņem?",
      ),
      p(
        "ilze.berzina",
        60,
        "Mēs budžeta uzdevumu pildījām četru cilvēku grupās – tas aizņēma apmēram 40 minūtes, nevis 20, kā bijām plānojuši. Bet diskusija bija ļoti laba.",
      ),
      p("martins.ozols", 58, "Paldies! Tad budžetam atvēlēšu vairāk laika, bet teorijai – mazāk."),
    ],
  },
  {
    category: "learning-modules",
    language: "de",
    title: "Wirkung von Netzwerkarbeit messen: Beispiel für eine Längsschnitt-Befragung?",
    posts: [
      p(
        "svenja.hollmann",
        58,
        "Im Modul zur Wirkungsmessung wird empfohlen, die Netzwerkmitglieder über mehrere Jahre mit denselben Fragen zu befragen. Hat das jemand schon umgesetzt und kann einen Fragebogen teilen? Mich interessiert vor allem, wie ihr die Rücklaufquote über die Jahre hochhaltet.",
      ),
      p(
        "moderator",
        57,
        "Die Lektion [Ein einfacher Plan zur Langzeitbeobachtung](/de/learn/measuring-the-effect-of-network-work/a-simple-longitudinal-tracking-plan) hat eine Vorlage für den Fragebogen. Die wichtigste Regel dort: unter zehn Minuten bleiben und die Fragen von Jahr zu Jahr möglichst nicht ändern.",
      ),
      p(
        "orgadmin",
        55,
        "Wir befragen jedes Jahr im Januar, immer dieselben acht Kernfragen plus zwei wechselnde. Der Rücklauf liegt bei rund 45 %, weil wir die Ergebnisse beim Neujahrsempfang vorstellen – die Leute sehen, dass ihre Antworten etwas bewirken.",
      ),
      p("svenja.hollmann", 53, "Danke, das hilft sehr. Die Ergebnisse öffentlich vorzustellen ist eine gute Idee."),
    ],
  },
  {
    category: "learning-modules",
    language: "en",
    title: "Quiz in “The first approach”: is the detailed introduction really wrong?",
    solution: 1,
    posts: [
      p(
        "outsider",
        52,
        "In the lesson [The first approach](/en/learn/finding-and-approaching-partners-abroad/the-first-approach) the quiz marks the two-page PDF about your organisation as the wrong first message. In Lithuania a detailed, formal introduction is often seen as polite. Is this a cultural thing the lesson should mention?",
      ),
      p(
        "moderator",
        51,
        "Good point, @otto.outsider. The reasoning is that a stranger won't read two pages before knowing why you're writing, so the short message gets answered more often – and the feedback already suggests linking to one page with the details. But you're right that expectations differ: the section *Business customs: observe, don't assume* covers this, and we'll add a pointer to it from the quiz feedback.",
      ),
      p("outsider", 50, "Thanks, that makes sense. Marking it as solved."),
      p(
        "ruta.kazlauskiene",
        45,
        "Agree with the fix. In our Lithuanian translation I'll add a note that the detailed profile belongs in the second message.",
      ),
    ],
  },
  {
    category: "learning-modules",
    language: "pl",
    title: "Tłumaczenie modułu o sieciach lokalnych na polski – ktoś już zaczął?",
    posts: [
      p(
        "agnieszka.wroblewska",
        46,
        "Chcielibyśmy przetłumaczyć moduł [Building a creative network in your city](/pl/learn/building-a-local-creative-network) na polski i korzystać z niego na szkoleniach dla naszych członków. Czy ktoś już nad tym pracuje? Nie chcemy dublować pracy.",
      ),
      p(
        "tomasz.kowalczyk",
        44,
        "W Szczecinie zaczęliśmy od dwóch pierwszych lekcji, ale utknęliśmy. Może się podzielimy: Wy bierzecie trzy ostatnie, a my kończymy dwie pierwsze?",
      ),
      p("agnieszka.wroblewska", 43, "Świetnie, zgoda! Ustalmy też wspólny słowniczek, żeby terminy były spójne."),
      p(
        "tomasz.kowalczyk",
        42,
        "Wrzucam nasz roboczy słowniczek: https://example.org/okw/slowniczek-modulow. Najdłużej dyskutowaliśmy o słowie „hub” – zostaliśmy przy „hub kreatywny”.",
      ),
    ],
  },
  {
    category: "learning-modules",
    language: "sv",
    title: "Certifikat efter modulen – går det att visa på LinkedIn?",
    posts: [
      p(
        "johan.ekstrom",
        41,
        "Flera av våra inkubatorföretag har klarat modulen om att presentera kreativa tjänster för industrin och vill visa upp certifikatet. Finns det en länk man kan dela, eller bara en pdf?",
      ),
      p(
        "karin.lindqvist",
        40,
        "Certifikatet har en egen sida med en länk som vem som helst kan öppna, så den går att lägga in under *Licenser och certifieringar*. Vi har gjort så för tre av våra medlemmar.",
      ),
      p("johan.ekstrom", 38, "Toppen, tack!"),
    ],
  },
  {
    category: "learning-modules",
    language: "fi",
    title: "Moduulin tehtävät ryhmätyönä – kokemuksia?",
    posts: [
      p(
        "aino.korhonen",
        39,
        "Käytämme verkoston rakentamisen moduulia jäseniltana. Toimivatko tehtävät teillä paremmin pareittain vai pienryhmissä? Kannattaako oppitunnit katsoa etukäteen kotona?",
      ),
      p(
        "mikko.laaksonen",
        37,
        "Pienryhmissä, 3–4 henkeä. Parit jäivät liian hiljaisiksi. Ja kyllä: pyydä lukemaan yksi oppitunti etukäteen, niin aikaa jää keskustelulle.",
      ),
      p("aino.korhonen", 36, "Kiitos! Kokeillaan ensi kuussa."),
    ],
  },
  {
    category: "learning-modules",
    language: "et",
    title: "Mõju mõõtmise mooduli küsimustik eesti keeles",
    posts: [
      p(
        "kadri.tamm",
        32,
        "Tõlkisin mõju mõõtmise mooduli küsimustiku eesti keelde, et kasutada seda meie liikmete aastaküsitluses. Kas keegi tahaks tõlke üle vaadata, enne kui selle välja saadame? Fail on siin: https://example.org/elk/kusimustik",
      ),
      p(
        "partner",
        31,
        "Vaatasin üle – väga hea! Ainult küsimuses 5 soovitaksin sõna „võrgustikutegevus“ asemel kirjutada „võrgustiku üritused“, muidu jääb see ebamääraseks.",
      ),
      p("kadri.tamm", 30, "Aitäh, parandasin ära."),
    ],
  },
];

const offTopic: DemoTopic[] = [
  {
    category: "off-topic",
    language: "en",
    title: "Summer reading on creative economies (not the usual three books)",
    posts: [
      p(
        "mette.kjaergaard",
        60,
        "Summer is coming, and I'd like to read something about creative economies that isn't one of the three books everyone quotes. What have you read lately that changed how you work?",
      ),
      p(
        "johan.ekstrom",
        58,
        "Not strictly creative economy, but a good history of the Hanseatic trade network. Half of what we call Baltic cooperation was invented back then – including the arguments about who pays.",
      ),
      p(
        "aino.korhonen",
        57,
        "Anything on how the Finnish game industry grew from a few small teams into an export sector. It's a lesson for every cluster.",
      ),
      p(
        "orgadmin",
        55,
        "I've been re-reading our own annual reports from the last ten years. Humbling and surprisingly useful.",
      ),
      p(
        "mette.kjaergaard",
        54,
        `> re-reading our own annual reports from the last ten years

Ha, Ole – that's the most honest recommendation so far.`,
      ),
    ],
  },
  {
    category: "off-topic",
    language: "et",
    title: "Töökuulutus: projektijuht Tartusse (koormus 0,8)",
    posts: [
      p(
        "kadri.tamm",
        26,
        `Emajõe Loomemajanduse Keskus otsib **projektijuhti** rahvusvahelistele projektidele: suhtlus partneritega, aruandlus, õppereiside korraldamine. Eeldame head inglise keele oskust, kasuks tuleb saksa või mõne Põhjamaa keele oskus. Koormus 0,8, töökoht Tartus, osaliselt on võimalik kaugtöö. Kandideerimise tähtaeg on kuu lõpus.

Rohkem infot: https://example.org/elk/projektijuht`,
      ),
      p("partner", 25, "Jagasin kuulutust meie uudiskirjas. Edu otsingutel!"),
      p("kadri.tamm", 10, "Aitäh kõigile! Saime 23 avaldust ja valik on tehtud."),
    ],
  },
  {
    category: "off-topic",
    language: "de",
    title: "Lieblingsorte in Bremen für Gäste aus dem Ausland?",
    posts: [
      p(
        "moderator",
        48,
        "Nächsten Monat kommen zwölf Gäste aus Riga und Vilnius nach Bremen. Neben dem offiziellen Programm: Wohin geht ihr mit Gästen, die nicht nur die Stadtmusikanten sehen wollen?",
      ),
      p(
        "orgadmin",
        47,
        "Abends in die Überseestadt, einmal am Wasser entlang, und danach in eine Kneipe im Viertel. Und am Samstagvormittag auf den Markt.",
      ),
      p(
        "jonas.brinkmann",
        45,
        "Nicht Bremen, aber falls sie über Dortmund zurückfahren: Bei uns in der Nordstadt sind jeden ersten Freitag die Ateliers offen.",
      ),
      p("moderator", 44, "Danke! Markt und Überseestadt sind gesetzt."),
    ],
  },
  {
    category: "off-topic",
    language: "lt",
    title: "Ką parodyti svečiams Vilniuje?",
    posts: [
      p(
        "outsider",
        40,
        "Kitą mėnesį sulauksime grupės iš Brėmeno. Be oficialios programos norėtume parodyti ir neoficialųjį Vilnių. Kokias vietas rekomenduotumėte – kavines, galerijas, kiemus?",
      ),
      p(
        "ruta.kazlauskiene",
        38,
        "Šeštadienio rytą nusiveskite juos į Halės turgų, o po to – pasivaikščioti palei Nerį. Vakarienei rinkitės vietą su šiuolaikine lietuviška virtuve – svečiai visada nustemba.",
      ),
      p("outsider", 37, "Geras pasiūlymas dėl turgaus, ačiū!"),
    ],
  },
  {
    category: "off-topic",
    language: "da",
    title: "Gode mødelokaler i Aarhus til under 1.500 kr.?",
    posts: [
      p(
        "mette.kjaergaard",
        22,
        "Vi skal holde et halvdagsmøde for 25 personer fra partnerorganisationer og har et stramt budget. Kender nogen et mødelokale i Aarhus med projektor og god kaffe til under 1.500 kr.?",
      ),
      p(
        "rasmus.bech",
        21,
        "Ikke Aarhus-ekspert, men prøv biblioteket – mange af de store biblioteker udlejer lokaler billigt til foreninger.",
      ),
      p("mette.kjaergaard", 19, "Godt tip, det prøver vi."),
    ],
  },
  {
    category: "off-topic",
    language: "de",
    title: "Coworking-Preise: Was nehmt ihr für einen flexiblen Arbeitsplatz?",
    posts: [
      p(
        "jonas.brinkmann",
        95,
        `Wir überarbeiten gerade die Preise im Kreativquartier Nordstadt. Aktuell:

- flexibler Arbeitsplatz: 120 € im Monat
- fester Schreibtisch: 220 € im Monat
- Tagesticket: 15 €

Die Kreativen sagen, das sei zu teuer, die Stadt sagt, wir seien zu billig. Wie macht ihr das?`,
      ),
      p(
        "svenja.hollmann",
        94,
        "Leverkusen: 95 € flexibel, 180 € fest, aber mit 50 % Rabatt für Gründerinnen und Gründer im ersten Jahr. Die Stadt trägt die Differenz.",
      ),
      p(
        "orgadmin",
        92,
        "Wir haben eine **Schreibtischbörse**: Firmen mit freien Plätzen vermieten sie an Freelancer, wir vermitteln nur. Kostet uns fast nichts, und die Preise regelt der Markt.",
      ),
      p(
        "moderator",
        90,
        "Ein Vergleich über mehrere Länder wäre spannend. Wer mag, trägt seine Preise hier ein: https://example.org/portolan/coworking-preise",
      ),
      p(
        "jonas.brinkmann",
        88,
        "Danke! Wir bleiben bei den Preisen, führen aber einen Gründungsrabatt ein und testen die Schreibtischbörse.",
      ),
    ],
  },
];

export const demoTopics: DemoTopic[] = [
  ...internationalisation,
  ...funding,
  ...expeditions,
  ...partnerSearch,
  ...events,
  ...learning,
  ...offTopic,
];
