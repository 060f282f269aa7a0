/**
 * Common first names in the Netherlands (plus a few frequent English ones), lower case.
 * Used only as a signal for PII_NAME: a column where many values start with one of these
 * probably holds people's names. Not meant to be complete.
 */
export const DUTCH_FIRST_NAMES: ReadonlySet<string> = new Set(
  `jan piet kees henk willem johan gerrit hendrik cornelis klaas dirk jacob pieter hans peter paul
  marco mark martijn michiel bas tim tom thomas daan sem lucas levi finn milan noah luuk bram jesse
  ruben stijn thijs lars sander niels dennis erik frank gert jeroen joost koen maarten rob robert
  ronald sjoerd wim ad arie bert cor frans gijs harm jaap joop kevin mohamed mohammed ahmed youssef
  sven rick wouter vincent jasper joris jeroen arjan edwin patrick richard stefan ivo olaf rutger
  maria anna johanna cornelia elisabeth wilhelmina hendrika geertje grietje neeltje annie truus
  emma julia sophie tess zoë zoe sara sarah eva anna lisa lotte fleur sanne anouk femke iris
  laura linda marieke monique petra sandra saskia wendy yvonne esther ingrid karin marjolein
  mirjam nicole renate suzanne tamara ellen els ans ria riet tineke joke marian marianne annemarie
  inge hanneke anke astrid bianca carla daniëlle danielle evelien hilde ilse jolanda judith
  kim lieke lotte manon marloes melanie miranda nathalie nina noor roos sofie vera yara mila
  john james michael david william mary patricia jennifer elizabeth susan`.split(/\s+/),
);
