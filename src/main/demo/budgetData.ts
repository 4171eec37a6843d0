import type { ActivityKind } from '../../shared/domain/budget.ts'

/**
 * The seed's project (Brå grant B3.3-0294/2011, 2012–2013): its activities with exactly the seed's
 * amounts, the indicators it reports, and its report texts in its own words. Real people named in
 * the seed are replaced by the example's fictional people.
 */
export const EXAMPLE_GRANT = {
  caseNumber: 'B3.3-0294/2011',
  projectName: 'Utveckling av trygghetsskapande arbete i Sundsvalls kommun',
  amountGranted: 50_000,
  fromYear: 2012,
  toYear: 2013,
  decisionDate: null,
}

export interface ExampleActivity {
  name: string
  kind: ActivityKind
  /** 'council' or a local group's area */
  body: string
  startDate: string | null
  endDate?: string
  participants: number | null
  description: string
  /** [year, total, grant]; own financing follows. */
  line?: [number, number, number]
}

export const EXAMPLE_ACTIVITIES: ExampleActivity[] = [
  {
    name: 'Trygghetsdag 1',
    kind: 'safetyDay',
    body: 'council',
    startDate: '2012-03-15',
    participants: 62,
    description:
      'Kunskapsuppbyggnad och probleminventering. Alla lokala trygghetsgrupper och trygghetsrådet inbjudna.',
    line: [2012, 37_000, 10_000],
  },
  {
    name: 'Trygghetsdag 2',
    kind: 'safetyDay',
    body: 'council',
    startDate: '2012-06-07',
    participants: 48,
    description: 'Erfarenhetsutbyte mellan de lokala trygghetsgrupperna.',
    line: [2012, 10_000, 0],
  },
  {
    name: 'Trygghetsdag 3',
    kind: 'safetyDay',
    body: 'council',
    startDate: '2012-10-18',
    participants: 55,
    description:
      'Förändra och/eller förbättra när det gäller kunskap och förutsättningar för det fortsatta trygghetsarbetet.',
    line: [2012, 21_500, 0],
  },
  {
    name: 'Följeforskare',
    kind: 'researcher',
    body: 'council',
    startDate: '2013-01-01',
    endDate: '2013-12-31',
    participants: null,
    description:
      'Förstudie (enkät och gruppintervjuer), återkoppling till trygghetsrådet och workshop gör mer – gör bättre – gör nytt – tänk om.',
    line: [2013, 69_000, 40_000],
  },
  {
    name: 'Trygghetsdag 1',
    kind: 'safetyDay',
    body: 'council',
    startDate: '2013-03-21',
    participants: 58,
    description: 'Polisens och kommunens trygghetsundersökning: resultat och analys.',
    line: [2013, 19_000, 0],
  },
  {
    name: 'Trygghetsdag 2',
    kind: 'safetyDay',
    body: 'council',
    startDate: '2013-10-10',
    participants: 51,
    description:
      'Förebyggande arbete: polisen informerade om grannsamverkan, polisens volontärer och dialogmöten.',
    line: [2013, 7_000, 0],
  },
  {
    name: 'Gilla Granloholm',
    kind: 'publicMeeting',
    body: 'Granloholm',
    startDate: '2013-04-24',
    participants: 120,
    description: 'Stormöte för boende i området.',
  },
  {
    name: 'Trygghetsvandring Skönsberg',
    kind: 'safetyWalk',
    body: 'Skönsberg',
    startDate: '2013-09-12',
    participants: 18,
    description:
      'Kvällsvandring med boende, bostadsbolaget och polisen; brister i belysning rapporterades till kommunen.',
  },
  {
    name: 'Reflexutdelning',
    kind: 'information',
    body: 'Matfors',
    startDate: '2013-11-05',
    participants: 210,
    description: 'Reflexer delades ut till barn och ungdomar.',
  },
  {
    name: 'Kurs i hjärt- och lungräddning',
    kind: 'training',
    body: 'Alnö',
    startDate: '2013-05-14',
    participants: 24,
    description: 'Kurs för boende i området.',
  },
]

export const EXAMPLE_INDICATORS = [
  {
    name: 'Trygghetsindex',
    source: 'Polisens trygghetsundersökning',
    unit: null,
    lowerIsBetter: true,
    description:
      'Sammanvägt index för otrygghet och upplevda problem i området; lägre värde betyder tryggare.',
    values: [
      { year: 2010, value: 1.33 },
      { year: 2013, value: 1.21 },
    ],
  },
  {
    name: 'Oro för bostadsinbrott',
    source: 'SKL Öppna jämförelser',
    unit: '%',
    lowerIsBetter: true,
    description:
      'Andel som oroar sig för bostadsinbrott. Exempeldata: nivåerna är påhittade, minskningen (3,6 procentenheter) är rapportens.',
    values: [
      { year: 2011, value: 22.4 },
      { year: 2013, value: 18.8 },
    ],
  },
  {
    name: 'Oro för misshandel och överfall',
    source: 'SKL Öppna jämförelser',
    unit: '%',
    lowerIsBetter: true,
    description:
      'Andel som oroar sig för misshandel och överfall. Exempeldata: nivåerna är påhittade, minskningen (2,1 procentenheter) är rapportens.',
    values: [
      { year: 2011, value: 17.3 },
      { year: 2013, value: 15.2 },
    ],
  },
]

export const EXAMPLE_REPORT = {
  place: 'Sundsvall',
  reportDate: '2014-01-07',
  signatories: [
    { name: 'Maria Lindqvist', title: 'Direktör, Kultur & Fritid' },
    { name: 'Annika Holmgren', title: 'Ekonom, Kultur & Fritid' },
  ],
  texts: {
    problem: `Projektet ska arbeta för att utveckla arbetssätt utifrån ett främjande/förebyggande perspektiv i förhållande till alla åldersgrupper i samhället.

Sedan en lång följd av år har Sundsvalls kommun samarbetat internt och externt kring brottsförebyggande arbete. Arbetet har bedrivits i s.k. BRÅ-grupper i kommundelarna där framförallt polisen har funnits med som aktör. Det finns förstås många positiva erfarenheter från det arbetet som samarbete mellan olika förvaltningar i kommunen och många bra insatser för barn och ungdomar.

Negativa faktorer som lyfts fram i flera undersökningar är otydlighet kring BRÅ-gruppernas arbete, oklarhet kring mandat och uppdrag. Behov av ekonomiska medel för att bland annat kunna genomföra utåtriktade aktiviteter är annat som har kommit fram. Tydligt är också behovet av samordning av gruppernas möjlighet för grupperna att samlas regelbundet för erfarenhetsutbyte och kunskapsutskott.

I det tidigare strategiska BRÅ har erfarenheterna delvis påmint om BRÅ-gruppernas erfarenheter. Otydlighet kring uppdrag och mandat är några exempel liksom frågan om BRÅ-arbetet i centrala Sundsvall där strategiska BRÅ får spela en roll som inte upplevs relevant.`,
    measures: `I oktober 2011 påbörjades arbetet med att de lokala Brå-grupperna skulle byta perspektiv från ett barn- och ungdomsperspektiv till att gälla trygghet för alla åldrar i bostadsområdena. Fjorton lokala trygghetsgrupper bildades genom ombildning av existerande lokala Brå-grupper, genom att starta nya där inte fanns någon grupp och omstart där de grupper som fanns var vilande.

Det strategiska trygghetsrådet startades också upp med kommunala tjänstemän, polis, räddningstjänst och några som varit aktiva i det gamla strategiska Brå. Trygghetsrådet har under 2013 arbetat fram ett måldokument som ska samla trygghetsrådet och trygghetsgrupperna i det fortsatta arbetet med att öka tryggheten i kommunen.`,
    implementation: `Som vi berättade i delrapporten kom arbetet med att ställa om från brottsförebyggande till trygghetsskapande perspektiv igång på allvar efter årsskiftet 2012. Den geografiska indelningen för de nya lokala trygghetsgrupperna gjordes och alla de fjorton lokala trygghetsgrupperna är mer eller mindre i gång med sitt trygghetsarbete. I alla grupper medverkar polisen och företrädare från kommunen men också andra aktörer utifrån de lokala förutsättningarna.

Tre planerade ”trygghetsdagar” genomfördes under 2012 med teman som kunskapsuppbyggnad och probleminventering, erfarenhetsutbyte och förändra och/eller förbättra när det gäller kunskap och förutsättningar för det fortsatta trygghetsarbetet. Till dessa dagar blev samtliga lokala trygghetsgrupper och det strategiska trygghetsrådet inbjudna, uppslutningen har varit god.

Även under 2013 har vi arrangerat trygghetsdagar för alla trygghetsgrupper och trygghetsrådet. Den första handlade om polisens och kommunens trygghetsundersökning där den utredare som gjort och analyserat undersökningen redogjorde för resultaten. Den andra hade temat förebyggande arbete och innehöll information från polisen om grannsamverkan, polisens volontärer och dialogmöten.

För övrigt har trygghetsgrupperna arbetat på efter sina lokala förutsättningar. Det har varit aktiviteter som trygghetsvandringar, ”Gilla Granloholm” – en typ av stormöten, utdelning av reflexer till barn och ungdomar, kartläggning av trafiksituationen, kurs i hjärt- och lungräddning för boende i området, information om att vara stödfamilj eller familjehem, information om trygghetsgruppens arbete i området med mera.

Hösten 2012 fick vi kontakt med forskaren Birgitta Falk som just skrivit en avhandling om samverkan mellan polis och socialtjänst kring ungdomars kriminalitet och missbruk. Hon kom med ett förslag hur vi skulle kunna arbeta för att utveckla trygghetsarbetet i Sundsvall. Vi beslutade oss för att Falk skulle följa och arbeta med trygghetsrådet under 2013.

Falk startade med att göra en förstudie genom en kartläggning och behovsinventering av det pågående uppdraget i trygghetsrådet. Det skedde i form av en enkät som besvarades enskilt och som låg till grund för diskussioner i mindre grupper. Det som kom fram var frågor av olika karaktär som behövde lösas. Dels var det praktiska frågor som t.ex. mötesstruktur och ersättare när man inte kan komma på möten. Men det kom även fram frågor om vision, mål och strategier.

Nästa steg blev att under en halv dag återkoppla förstudien till trygghetsrådet och ge en introduktion till en forskningsbaserad samverkan kring trygghetsskapande arbete.

I analysen av styrkor inom gruppen kom det fram att tryggheten i Sundsvall är god och utvecklingen är positiv. Det är mycket bra som görs och goda exempel sprids. Det finns stöd i arbetet både politiskt och från näringslivet samt koppling till forskning.

Sammansättningen av individer gör att kompetensen är stor i Trygghetsrådet. Gruppens struktur, bland annat bredden av kunskap och erfarenheter, upplevs som mycket bra och man når ut i många kanaler i samhället. På det sättet kanaliseras problemen lätt. Det blir korta beslutsprocesser eftersom det är beslutsfattare i gruppen. Det pågår utveckling och engagemanget hos dem som kommer till möten imponerar.

När det gäller svårigheter är det framförallt otydlighet kring Trygghetsrådets uppgift och organisatoriska tillhörighet som sticker ut. Bristande närvaro på rådets möten leder till en utdragen uppstart och att lägesbilden måste upprepas vid varje träff. Man tycker också att saker kan verkställas snabbare och att det kan vara svårt att hitta sin plats i gruppen.

När offentlig sektor möter näringsliv och ideella föreningar är det olika kulturer som möts, det måste man också vara medveten om. Men den största och svåraste frågan är utan tvivel – Vad är strategiskt arbete?

En sammanfattning av de prioriterade frågorna som Falk kom fram till att gruppen hade var mötesdeltagande, mötesagenda, tydliggöra yttre förutsättningar, kommunikationsplan, trygghetsgrupperna och trygghetsrådets strategiska arbete.

Därefter gick vi vidare med ett grupparbete enligt modellen gör mer – gör bättre – gör nytt – tänk om, kring frågan – Vilket värde ska Trygghetsrådet skapa för Sundsvalls medborgare och besökare?

Gör mera:
- Trygghetsuppdraget gäller alla anställda i kommunen
- Ena hela kommunen i klotterfrågan
- Arbeta med värderingar och attityder
Gör bättre:
- Kommunikation och medborgardialog
- Aktivare trygghetsgrupper
Gör nytt:
- Utöka uppdraget till trygghetsgrupperna
- Känn din granne
- En trygghetsgrupp per möte kommer och presenterar sig på rådets möte
- Trygga Sundsvall i skolan
- Tidskrift för och av ungdomar tillsammans med professionella
Tänk om:
- Vuxna i barns närvaro, t.ex. bibliotek – fritidsgård, pensionärer – skolbarn i samma matsal`,
    actorsNote: '',
    results: `En ny struktur på trygghetsarbetet är sjösatt och fungerar bra. Det finns förstås saker att arbeta vidare med, varav en av de viktigare är att bilda en arbetsgrupp som ska utveckla trygghetsgruppernas uppdrag. I arbetet med vår följeforskare har vi kommit en god bit på väg med trygghetsrådets målarbete. Ännu återstår det lite arbete för att det ska bli ett färdigt dokument och det blir en prioriterad uppgift på trygghetsrådets första möte nästa år.

När vi tittar på trygghetsundersökningar så ser vi en positiv trend med ökad trygghet. I Polisens trygghetsundersökning som gjordes i början av 2013 har trygghetsindex sjunkit jämfört med den föregående som gjordes 2010. Även i SKL:s Öppna jämförelser har frågorna om otrygghet en positiv utveckling: både oron för bostadsinbrott och oron för misshandel och överfall har minskat (se tabellen). Vi ser med spänning fram emot NTU som kommer i mitten på januari 2014.`,
  },
}
