// The most common French passwords, as cores (see passwordCore in password-policy.ts), for the password policy.
//
// Source: « Richelieu », the 5,000 most common passwords of French (.fr) accounts in public data leaks, by Maxime
// Alay-Eddine and Paul Barbaste (github.com/tarraschk/richelieu, french_passwords_top5000.txt), licensed under
// Creative Commons Attribution 4.0 International (creativecommons.org/licenses/by/4.0). Changes made here: each
// entry reduced to its core (lower case, accents and separators dropped, digits and symbols stripped from both
// ends, look-alike digits read as letters), cores shorter than 4 characters or not in plain Latin letters left
// out, duplicates merged, sorted: the 5,000 entries give the 3,570 cores below.
const CORES = `
a2bec a2becad aaaa aaaaa aaaaaa aaaaaaa aaaaaaaa aaaaaaaaaa aaliyah abandonware abcd abcde abcdef abcdefg abcdefgh
abdallah abdel abdelkader abdellah abdou abdoul abdoulaye abeille abidjan abigail aboubacar abracadabra abraham
abricot access achille achraf acmilan action adam adelaide adeline adgjmptw adidas admin adonis adrian adriana adriano
adrien africa afrique agadir agathe agence agent agnes ahmed aib2c aib2ced aicha aikido aileen airbus airness aissata
aissatou aiz2e aiz2eer ajaccio akatsuki alabama aladin alain alaska alassane albane albator albatros albert alberto
alcatel aldrin alessandro alex alexander alexandr alexandra alexandre alexia alexis alfaromeo alfred alger algeria
algerie algerien alibaba alicante alice alicia aline alison alisson alizee allah allahakbar allahou allan allemagne
allen allerlom allezlom alliance allison alonso alouette alpacino alpha alphonse alpine alsace altesse alucard alvin
alycia alyssa amadeus amadou amanda amande amandine amaury amazigh amazone ambre ambulance amelia amelie america
amerique amiens amina aminata amine amitie amitier amnesia amoula amouna amour amoure amourette amoureuse amoureux
amours amsterdam anaconda anaelle anais anakin ananas anarchie anastasia anatole anderson andre andrea andreas andree
andrei andrew anelka ange angel angela angele angelica angelina angeline angelique angelo angels angelus angers angie
anglais animal anissa anna annaba annabelle anne annecy annelaure annemarie anneso annesophie annette annick annie
antares anthony antilles antivirus antoine antoinette antonin antonio antony anubis apache apocalypse apolline apollo
apple apples april aprilia aquarium aquarius aqwaqw aqwxsz aqwzsx aqwzsxedc aqzsed aragorn aramis arcenciel archange
architecte ardeche argent argentina argentine ariane aries aristide aristote arlette armagedon armand armani armelle
arnaud arnold arsenal arsene artemis arthur artiste asawako asdasd asdasdasd asdf asdfasdf asdfg asdfgh asdfghjkl
ashley asmonaco aspire aspirine assassin asse asshole asterix astrid astuce atchoum athena atlantis attention attila
audia auditt audrey august auguste augustin aurelia aurelie aurelien aurora aurore austin australia australie auxerre
avalon avatar avenir aventure avignon avions aviron avocat avril axel axelle aymeric azazaz azeaze azedsx azeqsd
azeqsdwxc azer azerazer azerqsdf azert azerty azertyazerty azertyu azertyui azertyuio azertyuiop azqswx
b9e99f2io6odabsfcb6decfsfea8de baba bababa babacar babes babeth babette babou babouche baboun baboune baby babyboy
babygirl babyko babylon babylone babylove bacchus bachir badaboum badboy badboys badminton badoo badoobadoo bailey
baiser balance baleine ballon balou bamako bambino bamboo bambou banana banane bandit bankai banzai baobab baptiste
baraka barbapapa barbara barbie barcelona barcelone barney baseball basile basket basketball bastia bastien bastos
batard bateau batista batman batterie bautista baxter bayonne bbbbbb beatles beatrice beaugosse beaute beautiful
beauty bebe bebebe bebejtm bebert bebeto beckham beethoven bejaia belette belgique belier belinda bella belle belles
bellevue benben benedicte benfica benito benjamin benji benoit benzema berenice berger berlin berlingo berlioz
bernadette bernard bernie berthe bertrand bestfriend betty bettyboop beverly beyonce bhaby bhebhe bianca biarritz bibi
bibibi bibiche bibine bibou biboune bichette bichon bidouille bidule bienvenu bienvenue bigbang bigboss bigoudi bijoux
bikette billard billou billy bilou biloute binette bintang bintou biologie bipbip biquette biscotte biscuit bismilah
bismillah bisounours bisous bitch bite bizerte bl8lygb blabla blablabla black blacky blahblah blaise blanche blanco
blandine bleach blessing blink blonde blondin bloods bluesky bobbob bobby bobleponge bobmarley bobo bobobo bogoss
bogosse bonbon bond bonheur bonjour bonjours bonnie bonobo bonsoir booba booboo boomer booster booter borabora
bordeaux boris boss boston bouba boubacar boubou bouboul bouboule bouboune boucher bouchon bouchra bouddha boudin
bouffon bougie bouille boulanger boulet boulette boulogne boulot boulou bounty boysoverfl brahim brandon brandy brasil
brayan brazil breizh brenda bresil bretagne breton brice brigitte brioche britney brochet broken brooklyn brother
brucelee bruno brutus bryan bubbles bubulle bulldog bullshit bureau burton business buster butterfly caca cacaboudin
cacaca cacahuete cacapipi cacaprout cachou cactus cadeau caillou calibra california californie calimero calin caline
calinette calinou callofduty calogero calvin calypso camara camaro cambiami camel cameleon camelia camera cameron
cameroun camille camion canabis canada canaille canard canari cancer candice candy canelle cannabis cannelle cannes
cantik cantona capa capitaine capoeira capone caporal caprice capricorn capricorne capsule captain capucine caramail
carambar caramel caramelle caravane caribou carine carla carlito carlo carlos carmen carnaval caro carole carolina
caroline carotte carpediem carpes carpiste carrefour carrera carter cartman cartouche casablanca casanova casimir
casino casper cassandra cassandre cassie cassis castor catalan catherine cathy cayenne cccccc cccccccc cdfolie cecile
cecilia cedric celeste celestine celia celibataire celine celtic cendrillon cent cerise cesar cestmoi chacal chacha
chachou chaima chaise chameau chamonix champagne champion chance chanchan chanel chanelle chantal charlene charles
charlie charline charlot charlotte charly charmed chasse chasseur chat chataigne chatchat chateau chaton chatons
chatoune chatte chaussette cheche cheese cheikh chelsea cherche cherie cherif cherry chester cheval chevalier chevaux
cheyenne chiara chicago chicha chichi chichou chicken chien chienne chiens chimie chinois chipie chloe chocho chocolat
chocolate chonchon chopin choubidou chouchou chouchoune chouchoute choucroute chouette choukette choune choupette
choupi choupie choupinette choupinou chouquette chris christ christel christelle christian christiane christina
christine christo christophe christopher ciboulette cigarette cindy cinema cinta cintaku citroen citron claire clara
clarence clarinette clarisse claude claudia claudie claudine clavier clelia clemence clement clementine cleopatre
clermont clochette cloclo clotilde clovis cobra cocacola cocaine coccinelle cochon cochonne coco cococo coconut
cocorico cocotier cocotte coeur coiffure coincoin colette colibri coline college colombe colombes colonel colorado
coluche comete commando commerce compaq comptable compte computer conard concorde concours confiance connard connexion
constance constant constantine contact converse cookie cookies cool coolman cooper copain copine coquelicot coquin
coquine coralie coraline corazon corentin corine corinne corleone corneille cornichon corrado corsica corvette cosette
cosmos coucou cougar couille couleur coulibaly coumba counter country courage couscous cousin cowboy coyote coyotte
cracotte crapaud crapule creation creative crevette cricket cricri cristal cristiano cristina crocodile cronaldo
croquette crotte crystal cuicui cuisine cuisinier cupidon curtis cuteako cutegirl cuteme cutie cuties cxdn8s cynthia
cyrano cyrielle cyril cyrille d2xyw89sxj dada dadada daddy dadou daisy dakota dalida dalila dallas dalton damien
danger danica daniel daniela daniele danielle danser daouda daphne darius darkangel darkness darkvador darling darwin
dauphin dauphine dauphins david davide dddd dddddd deathnote debora deborah december decembre dede dedede deesse
deftones delacruz delphine delpiero demain demarrer demo demon demons denis denise dennis denver desert design desire
desiree desperados destin destiny devine dexter diable diablesse diablo diabolo diallo diamant diamond diana diane
dianne diarra didi didier didine didou didoune diego diesel dieuestgrand dieumerci digital dilakiss dimadimasimo
dimanche dimaraja dimitri dindon discus disney divine divorce djamel djamila django djerba djibouti djibril dmcoll
doberman docteur doctor dodo dodong dolores dolphin domdom domingo dominic dominique domino donald dondon donovan
doomsayer2tmordsvv dorian doriane dorine dorothee douala douceur douchka doudou doudoune douglas dounia dracula dragon
dragonball dragonballz dragons dreams driver drogba droopy dtilwz9zjs ducati duchesse dudule duncan dunkerque dylan
eagles eclair eclipse ecureuil eden edmond edouard education edward edwige efbcapa egypte ehik9oh einstein electro
element eleonore elephant eliane eliott elisa elisabeth elise elizabeth elliot elliott elodie eloise elvira elvis
emeline emeraude emeric emilia emilie emilien eminem emma emmanuel emmanuelle emotional empire emploi encule enculer
energie enfant enfants england english enigma ensicptfcorp enzo epsilon eragon eric ericsson ernest ernesto erwan
erwann escalade escargot esmeralda espace espagne espagnol espana esperance espion espoir espoire esprit esteban
estelle esther estrella eternel eternity ethan etienne etoile etoiles etudiant eugene eugenie eunice eureka europe
euskadi evangelion evasion evelyne evolution excalibur exigent expert express extreme fabian fabien fabienne fabiola
fabrice facebook facile fadila fairways faith falcon fallou famille family fanfan fanny fantasy fantomas farid farida
farmer farouk fashion fatiha fatima fatimata fatime fatouma fatoumata faustine fbu89bxxsf fcnantes fcporto february
federer felicia felicite feline felix femme femmes fender ferdinand fernand fernandez fernando ferrari festina fevrier
ffffff ficelle fidele fidelite fiesta fifi fifille fifine figaro filles filou filsdepute finalfantasy finette fiona
fireman fitness flamenco flatron flavie flavien fleur fleure fleurs flipper flocon floflo flora florence florent
florentin flores florian floriane florida florine flower flowers fondoom fontaine foot football forest forever
formation formule fortuna fortune fotr foufou foufoune fouine fouzia fperlangel fr2rfqtxl fraise framboise fran
francais france francesca francesco francine francis francisco franck francky franco francois francoise franklin
franky fred freddy frederic frederique fredfred fredo freebox freedom freeman freeride freestyle fregis friend friends
friendship friendster frimousse fripon fripouille frodon fromage fsd9shtyut fuck fucker fuckme fuckoff fuckyou
fullmetal gabriel gabrielle gaelle gaetan galatasaray galaxie galaxy galinette gallieni games ganda gandako gandalf
ganesh gangsta gangster ganteng garage garance garcia gardien garfield gaspard gaston gateau gateway gauthier gautier
gavroche gazelle gedeon gelafehaa gemeaux gemini gendarme gendarmerie general genesis genevieve genius gentille
geoffrey george georges georgette gerald geraldine gerard germain germaine germany geronimo gertrude gfhjkm gggggg
ghbdtn ghislain ghislaine gianni gibson gigi gilbert gildas gilles gillou ginette ginger giovanni girafe girondins
gisele gitane gladiator gladys glamour globule gloire gloria glouglou godbless godisgood godzilla gogogo golden
goldorak golfgti goliath gollum gonzales goodluck google gordon grace graces gracia greenday greg gregoire gregory
grenadine grenoble grenouille gribouille grigri gringo grisette grisou grosse grossebite gsxr guadeloupe guevara
guigui guillaume guinness guismo guitar guitare guitou guizmo gundam gustave guyane gwada gwadada gwapa gwapako gwapo
gwapoko gwenaelle gwendo gwendoline habiba habibi hacker hafida hahaha hakima halima hamidou hamilton hammer hamster
hamza hanane handball handsome hannah hannibal happy hardcore haribo harley harmonie harmony harold harry harrypotter
hassan hayabusa hbf28w heart heather heaven hector heineken helena helene helios hello hellokitty heloise hendrix
henriette hercule hercules herisson hermann hermes hermine hermione herve hesoyam heureuse hhhhhh hibiscus hicham
hichem hihihi hiphop hirondelle histoire history hitler hitman hixp2z2duk hocine hockey hollywood honda honey honeyko
hongkong honorine hooligan hopital horizon hornet hortense hotmail houria houston hubert hugo hugoboss hugues huguette
hummer hunter hyundai ibanez ibrahim ibrahima icecream iceman ichigo icotpd id6cewr6un idefix idriss ihateyou iloveme
iloveu iloveyou ilyass impossible inchallah inconnu indiana indien indigo indochine indonesia ines infinity infirmier
infirmiere info informatique ingenieur ingrid innocent intellego interchim interdit internet interval inuyasha iphone
irlande ironmaiden ironman isabel isabella isabelle isidore ismael ismail israel istanbul itachi italia italiano
italie italien iverson jack jackass jackie jackson jacky jacqueline jacques jade jadore jaguar jakjak jamaica jamais
jambon james jamesbond jamila jandi janice janine janjan january janvier jardin jasmin jasmine jason jasper jayjay
jayson jean jeanclaude jeanine jeanjean jeanlouis jeanluc jeanmarc jeanmarie jeanmichel jeanne jeannette jeannot
jeanpaul jeanpierre jefferson jeffhardy jeffrey jenifer jennifer jenny jennyfer jeremie jeremy jerome jerusalem
jesaispas jessa jessica jessie jessy jesuis jesuisla jesus jesusc jesuschrist jetaime jihoo jimmy jjcgi6djsk jjjjjj
joachim joanna joanne jocelyn jocelyne joelle johan johann johanna john johncena johndeere johnjohn johnny jojo jojojo
joker jolie jomar jonalyn jonas jonathan jordan jordane jose joseph josephine josette joshua josiane joujou journal
joyce joyjoy juanito judith judoka juillet juju jujuju jules julia julian juliana julie julien julienne juliette
julius jumeaux jumelle jumelles jumper jundian2oiixr jungle juninho junior junjun junpyo jupiter justemoi justice
justin justinbieber justine juventus k2cizcdp kabyle kabylie kader kadiatou kadjkhjsy kahina kaiser kaka kakaka
kakashi kaline kamasutra kamel kamikaze kangoo kangourou kaporal karamel karate karen karim karima karime karina
karine karting karukera kassandra katana kathleen katia katrina kawasaki kekette kelly kennedy kenneth kenshin kenza
kenzo kevin kevine khadija khaled khalid khalil kheops kikeunyw kiki kikiki kikikiki kikinou kikou kilian killbill
killer killian kimberley kimberly kimbum kinder kingkong kirikou kisses kissme kitkat kitty kkkkkk klaster knight
kokoko kontol koukou kristina kristine kucing kungfu kylian kyllian l6hoetgtwb labelle lablonde labrador labtec
lacoste ladygaga laetitia lafamille lafouine laguna lajoie lakers lala lalala lambert lamine lamiss lamour lancelot
landry lanfeust lapierre lapin lapine lapinou lapins laposte lapuce lareunion larissa larochelle larousse lassie
lastar lasvegas latifa laulau laura laure laureen lauren laurence laurent laurette lauriane laurie laurine lauryne
lavande lavieestbelle lawrence lcsi9qlpuu leader lealea leboss lechat leclerc leeloo leelou leeminho legend legion
legolas legrand leila lemans lenlen lensois leoleo leonard leonardo leonidas leonie leopard leopold lesbienne
lesfilles leslie lestat lester letmein lezard libellule liberta libertad liberte libertin liberty libreville licorne
lili lilian liliane lilili liline lilirose lilith lilou limoges linda lindsay linette linked linkedin linkin
linkinpark lion lionel lionne lisa lisette little livebox liverpool lizottes llllll logan logitech loic lola lolalola
lolilol lolipop lolita lollipop lollol lolmdr lolo lololo lolololo lolote lolotte london londres lonely lonsdale
looping lorelei lorena lorenzo lorient lorine lorraine losangeles lotus louane louann louanne loubna louis louisa
louise louison loulette loulou loulous louloute louloutte louna loustic loutre love love2toi lovedetoi lovelove lovely
loveme lover loverboy lovers loves lovestory loveuse loveyou loving lppnldtzx ls8jkdjp!m ls8jkdjpm lucas lucette
luciano lucie lucien lucienne lucifer lucile lucille luciole lucky ludivine ludo ludovic lulu lululu lumiere luna
lunatic lunette lydie lyon lyonnais mabelle macherie machine macmac madagascar madame madeleine madeline madina
madinina madison madmax madonna madrid maelle maelys maestro maeva mafalda mafamille mafemme mafille magali magalie
maganda maggie magic magicien magique magnolia magnum mahal mahalkita mahalko mahalkoh mahalq mahmoud maiden mailys
maimouna maison maissa maitre makaveli makina malabar malade malaga malboro malcolm malcom maldita maldives malibu
malice malick malik malika malone malvina mama mamadou mamama mamamama mamaman mamamia maman mamancherie mamane
mamanjetaime mamanjtm mamanpapa mamans mamapapa mamere mamie mamita mamoune mamounette mamour mamoure manager
manchester mandarine mangas manger mangue manman manolo manon manou manouche manson mansour manu manuel manuela
manuella manutd mapuce maradona marathon marc marcel marcelle marco marcopolo marcos marcus margaux margot margotte
marguerite maria mariage mariah mariam mariama mariame marian mariana marianne maricel marie mariee mariel marielaure
marielle maries mariette marijuana marilou marilyn marina marine marinette mario marion mariposa marius marjorie
marketing marlboro marlene marley marlon marmotte maroc marocain marocaine marouane marquise marrakech mars
marseillais marseille marshall marsupilami marthe martial martin martina martine martinez martinique marvin marwan
maryam maryann maryjane maryjoy maryline marylou maryse mascara mascotte massilia massimo master mateo matheo mathias
mathieu mathilde mathis mathys matisse matrix matt matteo mattheo matthew matthias matthieu maureen maurice mauricette
maverick maxence maxime maximilien maximus maxmax maxou maxwell maya maylis mayotte medecine medina medion megane
mehdi meknes melanie melimelo melina melinda meline melissa melodie melody melusine melvin memere memoire mendoza
mephisto mercedes merci mercredi mercure mercury merde merdes meriem merlin merveille mesamours mesenfants mesrine
message messenger messi metallica metisse mexico mexique mhine miamor michael michel michele michelin micheline
michelle michou mickael mickey microsoft midnight mignon miguel mikado mikael mike milan milanac milano milena
militaire miller milord milou miloud mimi mimiche mimimi mimine mimosa mimoune minette minimoi minnie minou minoucha
minouche minous mirabelle miracle mirage miranda mireille mission mister mistigri mistral mlkjhg mlkjhgfdsq mmmmmm
mnbvcxz mobile modeste mohamed mohammed moietmoi moiettoi moimeme moimoi moimoimoi moitoi moliere molotov mommy momo
momomo momomomo monaco monalisa monamour monange monbebe moncheri monchien moncoeur mondeo mondieu mondoudou money
monfils monica monika monique monkey monopoly monster montagne montana montpellier montre montreal montreuil morgan
morgane morpheus mostaganem mot2passe motard motdepasse mother motherfucker motherlode moto motocross motorola mouche
mouette mouhamed moulin mouloud mouloude mouloudia moumou moumoune mounette mounia mounir mounira mourad moussa mousse
moustache moustapha moustic moustik moustique mouton mozart muffin mulder mulhouse muriel murielle murphy music
musique mustafa mustang mustapha myfirsttopic mylene mylife mylove myriam myrtille myself myspace mystere mystic
n28n2aa nabil nabila nadege nadia nadine namaste namour nana nanana nanard nancy nanette nanou nanouche nanterre
nantes naomie napoleon napoli narbonne narcisse naruto nasser nassim nassima natacha natalia natalie natasha natation
nathalie nathan nature nbvcxw nefertiti neige nelly nelson nemesis nenette neptune nesrine nestor newlife newton
newyork nicholas nico nicola nicolas nicole nightmare niketamere nikita nina ninette nini ninine ninja ninou ninouche
nintendo nirvana nissan nnnnnn noelle noemie noisette nokia nolan nolann nolwenn noncapa nono nonono norbert nordine
norman normandie norton nothing nouchka nougat nougatine noumea nounette nounou nounouche nounoune nounours nousdeux
noussa nouveau nouvellevie november novembre nuages null number nutella nyq28giziz obelix obiwan oblivion ocean oceane
oceanne october octobre odette odiisngxb oiseau okokok oksana oleron olive oliver olivia olivier olympe olympique
omomom ondine onelove onepiece onizuka online oooooo opaline opelastra ophelie oran orange orangina orchidee
ordinateur oriane original orlando orlane orleans ornella orphee oscar osiris othello ouioui ouistiti ouragan ourson
ousmane oussama overlord oxuhlaa pacha packard packardbell pacome pakistan palmier paloma pamela pampam panama paname
panasonic panda pandora panget pangit panpan pantera panthere panzer papa papajtm papamama papamaman papapa papapapa
papaye papillon papou papoune papounet paprika paradis paradise parapluie pardon parfait parfum paris parisien parissg
parker parrain pasaway pascal pascale pascaline pascalou pass passat passe passer passes passion passpass passport
password pasteur pastis patapouf patate patience patoche patou patrice patricia patrick paul pauleta paulette paulin
pauline pavilion peace peaceandlove peanut pecheur pedro pegase pegasus peintre peinture peluche penelope people
pepere pepete pepette pepita pepite pepito pepper perfect perpignan perrine personne personnel petanque petasse peter
peterpan petitcoeur petite petrus peugeot pharaon pharmacie phenix phil philip philippe philips philou phiphi phoebe
phoenix photos picasso picsou pierre pierrette pierrick pierrot pigeon pikachu pilote pilou pimousse pingouin pingpong
pinkfloyd pinpin pinpon pioneer pioupiou pipicaca pirate pirouette piscine pistache pitbull pitchou pitchoun pitchoune
pivoine pizza placebo plaisir planete platini platinum platon playboy player playstation please plombier plume plumes
pluton pluxgaa pogiako poipoi poison poisson poissons poitiers poiuy poiuyt poiuytre poiuytreza pokemon pokora polaris
police poline pollux polo polochon pologne polopolo polska pomme pommes pompier pompiers pompom pompon ponpon popcorn
popeye popo popopo popopopo porche porcinet porsche portable portos portugal poseidon potter poubelle pouetpouet
poulet poulette poulpe pounette poupee poupette poupie poupinette poupou poupoule poupoune pourquoi pourquoipas
poussin poussy power pppppp praline precious predator premier presario president pretty prince princess princesse
printemps prisca priscilla priska private prosper prout proute proutprout provence proview prudence prunelle psgpsg
psycho puce puissance punisher pupuce purple pussycat putain pyramide q2wee q2weear q2weearst q2weearst6y qaz2wsx
qaz2wsxeedc qazwsx qazwsxedc qazxsw qdujvygssxa qiw2e qiw2eer qiw2eerat qiw2eeratsy qqqqqq qsdfgh qsdfghjklm quebec
quentin qwaszx qweasd qweasdzxc qweqwe qwer qwerasdf qwerqwer qwert qwerty qwertyu qwertyui qwertyuiop qwertz rabbit
rachel rachelle rachid rachida racing radiohead rafael rafale ragnarok rahasia rainbow raissa rallye ramata rammstein
ramses ranger rangers raphael raptor rasengan rasta rastafari rastaman ratatouille rayan rayane raymond raymonde
rclens realmadrid rebecca rebelle recherche redbull redhot redouane reggae regina regine reglisse relizane remember
renard renato renaud renault rencontre rencontres rennes rental requin reseau respect retraite reunion reussir
reussite revolution ribery ricard ricardo richard rihanna rjsilatqe robbie robert roberto robin robinson rocket
rocknroll rockstar rocky rodolphe rodrigue roger roland rolande roller romain romance romane romano romaric romeo
rommel romuald ronald ronaldinho ronaldo ronnie ronron rooney rosalie rose rosebud roseline roselyne rosemarie rosette
rosine rossi roswell roucky roudoudou rouge rouges rourou routier rowena roxane roxanne rrrrrr rugby rugbyman rustine
sabine sabrina sabrine sacha safrane sagesse sagitaire sagittaire sahara sakina sakura salade salam salama salamandre
salepute saliha salim salima salimata saliou salome salomon salope salsa salut salute salvador samantha samara samedi
samia samir samira samourai samsam samson samsung samuel samurai sanandreas sanchez sandra sandrine sandro sandy
sanglier sangohan sangoku sansan santana santiago santos sapeur saphir sara sarah sardine sasasa sasuke satan satanas
satellite satine saturne saturnin saucisse sauvage sauveur savane savannah savoie saxophone sayang sayangku scania
scarface scarlett scenic school schumi scooby scooter scorpio scorpion scotty scoubidou seatleon sebast sebastian
sebastien secret securite security seigneur selena senateur senegal sephiroth sephora september septembre serena serge
sergent serges sergio serpent serval service sesame severine sexe sexsex sexy sexyboy sexygirl seydou shadow shaina
shakira shalom shane shanna shannon shaolin sharingan sharon sheila shiela shirley shopping sidney sidonie siemens
sierra silence silver simba simon simone simple simpson simpsons simsim single sirene sirine sirius sisi sissi sister
skateboard skater skiffy skikda skippy skyline skyrock skywalker slayer slimane slipknot smallville smile smiley snake
sniper snoopdog snoopy snowboard soccer sochaux socrate sodomie sofia sofian sofiane sojdlgi2ealjg solange soledad
soleil solene solitaire solitude sonia sophia sophie soprano soraya sorciere soso soufiane souhila soukaina souleymane
soumia sourire souris sousou sousse soussou souvenir spartacus spartan speedy spider spiderman spirit spirou spitfire
spongebob sporting sports squall ssssss stalker standard stanislas stanley star stargate startfinding startrek
starwars status steeve stefan stella steph stephane stephanie stephen sterling steve steven strasbourg stratfor street
strike string stupid subaru succes success sucette suisse sullivan sultan summer summerfruit sunday sunshine super
superman superstar surfer surfing surprise suzanne suzuki svetlana sweet sweetheart sweetie sweety swordfish sydney
sylvain sylvestre sylvia sylviane sylvie system sz9kqcctwy taekwondo tagada tagueule tahiti tamara tamere tamtam
tanger tanguy tania tarace taratata tartine tarzan tata tatiana taureau taurus taylor teacher techno tecktonik teddy
tekila telechargement telecom telephone television tempete tendresse tennis tequiero tequila teresa terminator test
testtest thailande theatre thebest theboss thegame theking theo theodore therese thibaud thibault thibaut thierry
thomas thomson thuglife thunder ticoeur tictac tiffany tigers tigger tigre tigres tigresse tigrou timothee tina tintin
tiphaine titanic titeuf titi titine tititi titititi titou titouan titoune titounet titus tiziouzou tlemcen toctoc
toietmoi toimoi toinou tokiohotel tolkien tomate tomcat tommy tomtom tonton tony topaze topgun topsecret tornade
tornado torres tortue toscane toshiba toto totoche totoro tototo totototo toufik toujours toulon toulouse toupie
tournesol toutou toutoune toyota tracteur trahison tralala traore travail travis tresor tribal trinity trisha
triskelion tristan triumph trompette trouducul truand truite trustno tttttt tulipe tuning tunisia tunisie turkiye
turquie tweety twilight twingo twister tyson ulrich ultras ulysse underground undertaker unique united univers uranus
ursula user utopia utopie utub vacance vacances vaches vachette valence valencia valentin valentina valentine
valentino valerie valery valoche valou vampire vaness vanessa vanille vanina varadero vectra vegeta velodrome vendetta
vendredi venise venus verbatim verite vero verone veronica veronique versace versailles verseau vertigo vicky victoire
victor victoria victorine victory vierge vietnam viking village vince vincent violaine violet violette violon virgile
virgin virginia virginie virgule virus vision vivemoi vivi viviane vivien vladimir voiture voitures volcan volcom
volley volleyball voltaire volume voyage voyages voyou vrbgqns vulcain walid wallace walter wanadoo wanted warcraft
warhammer warren warrior wassila wassim webcam welcome wendy wesley westcoast westside whatever whisky wilfried
william williams willow willy wilson windows winner winners winnie winston winter wizard wolverine wutang wwwwww
wxcvbn xantia xavier xbox xxxx xxxxx xxxxxx yacine yagjecc yahoo yamaha yamina yanis yankee yankees yann yannick
yannis yannou yaounde yasmina yasmine yassin yassine yellow yijeong yoann yohann yolande youcef younes youness youssef
youssouf youtube youyou yoyo yoyoyo ytreza yuantuo yugioh yves yvette yvonne zafira zakaria zanzibar zaqi2wsx zaza
zazaza zazou zebulon zezette zidane zigzag zimmer zinedine zinzin zizou zn6fpnoin zn6fpnoix zoezoe zombie zoosk
zorglub zorro zoubida zouhair zoulou zouzou zxcvbn zxcvbnm zzzzzz`;

let cores: ReadonlySet<string> | undefined;

/** True when `core` is the core of one of the most common passwords. */
export function isCommonPasswordCore(core: string): boolean {
  cores ??= new Set(CORES.split(/\s+/).filter(Boolean));
  return cores.has(core);
}
