// People of today's news whom the public data of name-knowledge.ts lacks (Pantheon 1.0 is of 2016) or
// files under an older namesake ("Pistorius" is Oscar there), written as German and English news write
// them: leaders and researchers of the AI and tech industry, European and US politicians of 2024-2025.
// Chosen by hand; facts only (name, occupation). Surnames shared by many ("Khan", "Wang") or that are
// words ("Spiegel") are left out, those that are also words carry "w" and need evidence alone.
// A line: "Full Name|occupation[|flags]", flags as in name-knowledge.ts ("f" female, "w" common word).
export const NEWS_PEOPLE = `Sam Altman|businessperson
Satya Nadella|businessperson
Sundar Pichai|businessperson
Jensen Huang|businessperson
Dario Amodei|businessperson
Demis Hassabis|computer scientist
Mustafa Suleyman|businessperson
Greg Brockman|businessperson
Ilya Sutskever|computer scientist
Mira Murati|businessperson|f
Yann LeCun|computer scientist
Geoffrey Hinton|computer scientist
Yoshua Bengio|computer scientist
Andrej Karpathy|computer scientist
Arthur Mensch|businessperson|w
Clément Delangue|businessperson
Noam Shazeer|computer scientist
Jakub Pachocki|computer scientist
Fidji Simo|businessperson|f
Emad Mostaque|businessperson
Pat Gelsinger|businessperson
Andy Jassy|businessperson
Marc Benioff|businessperson
Safra Catz|businessperson|f
Alex Karp|businessperson
Palmer Luckey|businessperson
Peter Thiel|businessperson
Shantanu Narayen|businessperson
Parag Agrawal|businessperson
Linda Yaccarino|businessperson|f
Neal Mohan|businessperson
Adam Mosseri|businessperson
Jack Dorsey|businessperson
Jamie Dimon|businessperson
Tim Sweeney|businessperson
Vitalik Buterin|computer scientist
Sam Bankman-Fried|businessperson
Larry Page|businessperson|w
Susan Wojcicki|businessperson|f
Warren Buffett|businessperson
Jerome Powell|economist
Robert Habeck|politician
Lars Klingbeil|politician
Markus Söder|politician
Christian Lindner|politician
Alice Weidel|politician|f
Annalena Baerbock|politician|f
Karl Lauterbach|politician
Boris Pistorius|politician
Nancy Faeser|politician|f
Karl Nehammer|politician
Herbert Kickl|politician
Wolodymyr Selenskyj|politician
Pete Hegseth|politician
Marco Rubio|politician
Margrethe Vestager|politician|f
Thierry Breton|politician
Henna Virkkunen|politician|f
Donald Trump|politician
Elon Musk|inventor
Bill Gates|businessperson
Tim Cook|businessperson|w
Donald Tusk|politician
Geert Wilders|politician
Jannik Sinner|tennis player
Taylor Swift|singer|f`
