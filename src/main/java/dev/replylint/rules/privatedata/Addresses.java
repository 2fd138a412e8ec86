package dev.replylint.rules.privatedata;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Street addresses (a house number, a capitalised street name and a street type: "221B Baker
 * Street", "1600 Pennsylvania Ave NW") and postcodes: UK postcodes whose area exists, US ZIP codes
 * after a state ("TX 78701") or the word "zip"; Canadian, Irish and Australian postcodes in their
 * address context; German and French streets with the postcode that follows them. A bare
 * five-digit number is never a postcode.
 */
final class Addresses {
  private Addresses() {}

  private static final String STREET_TYPES =
      "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter"
          + "|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Close|Crescent|Cres|Gardens|Grove|Mews|Row"
          + "|Walk|Hill|Gate|Green|Trail|Trl|Loop|Alley|Plaza|Court|Rise|Wharf|Quay|Parade|Embankment";

  private static final Pattern STREET =
      Pattern.compile(
          "\\b\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?,?\\s+(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?"
              + "(?:(?:[A-Z][A-Za-z'’.-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){0,3}(?:[A-Z][A-Za-z'’-]*|\\d{1,3}(?:st|nd|rd|th))\\s+(?i:"
              + STREET_TYPES
              + ")\\b\\.?(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?");

  /**
   * One-word street names built on a street word ("17 Kingsway", "41 Eastgate", "9 Broadway"),
   * only when a town follows after a comma: alone, "Gateway" or "Subway" may be anything.
   */
  private static final Pattern COMPOUND_STREET =
      Pattern.compile(
          "\\b\\d{1,5}[A-Za-z]?\\s+[A-Z][a-z]+(?:way|gate|side|row|field|moor|wood|dale|mead|croft|brook|hill)\\b"
              + ",\\s*[A-Z][a-z]{2,}");

  /**
   * Irish and UK estates named "… Park", "… Heights", "… View" ("14 Oakley Park, Dublin"): only
   * with a town after a comma, since "Park 2" or "Hyde Park" alone say nothing of a home.
   */
  private static final Pattern ESTATE_STREET =
      Pattern.compile(
          "\\b\\d{1,4}[A-Za-z]?\\s+(?:[A-Z][a-z'’-]+\\s+){1,2}(?:Park|Heights|View|Lawns?|Manor|Downs|Vale|Glen|Meadows?|Villas|Cottages|Grange)"
              + ",\\s*[A-Z][a-z]{2,}");

  /** German street names end in a street word and put the house number after: "Lindenstraße 14". */
  private static final Pattern GERMAN_STREET =
      Pattern.compile("\\b\\p{Lu}\\p{L}+(?:straße|strasse|str\\.|weg|gasse|allee|platz|damm)\\s?\\d{1,4}(?:\\s?[a-z]\\b)?");

  /** French streets: the house number, the street word, then the name ("88 rue de la Roquette"). */
  private static final Pattern FRENCH_STREET =
      Pattern.compile(
          "\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?i:rue|avenue|av\\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours)\\s+"
              + "(?:(?:de|du|des|la|le|l['’]|d['’])\\s*){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");

  /**
   * Welsh and Irish streets put the street word first, after the house number: "12 Ffordd yr Eglwys",
   * "5 Sráid Mhór", "8 Bóthar an Easa"; the name may hold an article ("Heol Pen y Bryn").
   */
  private static final Pattern STREET_WORD_FIRST =
      Pattern.compile(
          "\\b\\d{1,4}[A-Za-z]?,?\\s+(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Bóthar|Bothar|Sráid|Sraid|Ascaill|Lána|Cearnóg|Céide|Bóithrín)\\s+"
              + "(?:(?:y|yr|an|na|na\\s+h-?|an\\s+t-?)\\s*)?\\p{Lu}[\\p{L}'’-]+"
              + "(?:\\s+(?:(?:y|yr|an|na)\\s+)?\\p{Lu}[\\p{L}'’-]+){0,2}");

  /** A five-digit postcode right after a street and before the town: "…, 10969 Berlin", "…, 75011 Paris". */
  private static final Pattern POSTCODE_AFTER_STREET = Pattern.compile("^,?\\s*(\\d{5})\\s+\\p{Lu}\\p{L}+");

  /** Canadian postal codes after a province or the word "postal code": "Toronto ON M6J 3C2". */
  private static final Pattern CANADIAN_POSTCODE =
      Pattern.compile(
          "(?:\\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)\\.?,?\\s+|(?i:\\bpostal\\s+code)(?:\\s+is|:)?\\s+)"
              + "([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9])\\b");

  /** Irish Eircodes ("D08 X2A5"): a routing key and four characters, after a town or the word eircode. */
  private static final Pattern EIRCODE =
      Pattern.compile("\\b((?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4})\\b");

  /** Australian postcodes after a town and state: "Malvern VIC 3144". */
  private static final Pattern AUSTRALIAN_POSTCODE =
      Pattern.compile("\\b[A-Z][a-z]+,?\\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\.?,?\\s+([0-9]{4})\\b");

  private static final Pattern PO_BOX = Pattern.compile("(?i)\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d{1,6}\\b");

  /** Written in lower case, a postcode is only read as one after the word "postcode". */
  private static final Pattern UK_POSTCODE_ANY_CASE =
      Pattern.compile("(?i)\\b([A-Z]{1,2})([0-9])([A-Z0-9])? ?[0-9][ABD-HJLNP-UW-Z]{2}\\b");

  private static final Pattern US_ZIP =
      Pattern.compile(
          "\\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM"
              + "|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)\\.?,?\\s+(\\d{5}(?:-\\d{4})?)\\b"
              + "|(?i:\\bzip(?:\\s*code)?(?:\\s+is|:)?\\s+)(\\d{5}(?:-\\d{4})?)\\b");

  private static final Set<String> UK_AREAS =
      Set.of(
          "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM",
          "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH",
          "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG",
          "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M",
          "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO",
          "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST",
          "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN",
          "WR", "WS", "WV", "YO", "ZE");

  /**
   * Outward codes with a letter after the district ("SW1A", "EC4M", "W1T") exist only in central
   * London, each in a few districts and with its own letters; elsewhere ("NW8K", "KT3Z", "B7Q") the
   * shape is a booking or voucher code.
   */
  private static boolean validOutwardCode(String area, char district, char sub) {
    if (Character.isDigit(sub)) {
      return true;
    }
    int highestDistrict =
        switch (area) {
          case "EC" -> 4;
          case "WC" -> 2;
          case "E", "N", "W", "SW", "SE", "NW" -> 1;
          default -> 0;
        };
    if (district < '1' || district - '0' > highestDistrict) {
      return false;
    }
    String letters = area.length() == 1 ? "ABCDEFGHJKPSTUW" : "ABEHMNPRVWXY";
    return letters.indexOf(sub) >= 0;
  }

  private static final Pattern TOWN_BEFORE = Pattern.compile(",\\s*[A-Z][A-Za-z'-]+(?:\\s+[A-Z][A-Za-z'-]+)?,?\\s+$");

  /**
   * A postcode written without its space ("M202RN") looks like any booking or voucher code, so it
   * needs an address around it: the word postcode in the sentence, or a town after a comma before
   * it ("…, Leeds LS61AB").
   */
  private static boolean inAddressContext(String text, int start, int end) {
    String window = text.substring(Math.max(0, start - 48), Math.min(text.length(), end + 48)).toLowerCase(java.util.Locale.ROOT);
    if (LookAlikes.POSTCODE_CUE.matcher(window).find()) {
      return true;
    }
    return TOWN_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find();
  }

  /** "Our head office is at 1 Canada Square, London E14 5AB": the postcode of the brand's street. */
  private static boolean afterBrandStreet(String text, List<Integer> brandStreetEnds, int start) {
    for (int end : brandStreetEnds) {
      if (end <= start && start - end <= 40) {
        String between = text.substring(end, start);
        if (between.indexOf('.') < 0 && between.indexOf('\n') < 0 && between.indexOf('!') < 0 && between.indexOf('?') < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Each street the matcher finds: the brand's premises ("our store at …") add their end to {@code
   * brandStreetEnds}, any other is the customer's, reported. Returns the ends of those reported.
   */
  private static List<Integer> streets(Matcher street, boolean endAtLastComma, String text, List<Integer> brandStreetEnds, List<DataMatch> out) {
    List<Integer> reportedEnds = new java.util.ArrayList<>();
    while (street.find()) {
      int end = endAtLastComma ? text.lastIndexOf(',', street.end()) : street.end();
      if (LookAlikes.introducedAsBrandPremises(text, street.start())) {
        brandStreetEnds.add(end);
      } else {
        out.add(new DataMatch(street.start(), end, "street-address", "****", 6));
        reportedEnds.add(end);
      }
    }
    return reportedEnds;
  }

  static void find(String text, List<DataMatch> out) {
    List<Integer> brandStreetEnds = new java.util.ArrayList<>();
    List<Integer> streetEnds = new java.util.ArrayList<>();
    streets(STREET.matcher(text), false, text, brandStreetEnds, out);
    // compound and estate streets end at the comma before the town
    streets(COMPOUND_STREET.matcher(text), true, text, brandStreetEnds, out);
    streets(ESTATE_STREET.matcher(text), true, text, brandStreetEnds, out);
    streets(STREET_WORD_FIRST.matcher(text), false, text, brandStreetEnds, out);
    for (Pattern continental : List.of(GERMAN_STREET, FRENCH_STREET)) {
      // the five-digit postcode right after a German or French street is the customer's too
      streetEnds.addAll(streets(continental.matcher(text), false, text, brandStreetEnds, out));
    }
    for (int end : streetEnds) {
      Matcher code = POSTCODE_AFTER_STREET.matcher(text.substring(end, Math.min(text.length(), end + 40)));
      if (code.find()) {
        out.add(new DataMatch(end + code.start(1), end + code.end(1), "postcode", "****", 7));
      }
    }
    for (Pattern regional : List.of(CANADIAN_POSTCODE, AUSTRALIAN_POSTCODE)) {
      Matcher m = regional.matcher(text);
      while (m.find()) {
        if (!afterBrandStreet(text, brandStreetEnds, m.start(1)) && !LookAlikes.introducedAsBrandPremises(text, m.start(1))) {
          out.add(new DataMatch(m.start(1), m.end(1), "postcode", "****", 7));
        }
      }
    }
    Matcher eircode = EIRCODE.matcher(text);
    while (eircode.find()) {
      int start = eircode.start(1);
      // "D08 X2A5" has the shape of many a voucher code: a town before it or the word eircode near
      if (inAddressContext(text, start, eircode.end(1))
          && !afterBrandStreet(text, brandStreetEnds, start)
          && !LookAlikes.namedAsReference(text, start, eircode.end(1), LookAlikes.POSTCODE_CUE)
          && !LookAlikes.introducedAsBrandPremises(text, start)) {
        out.add(new DataMatch(start, eircode.end(1), "postcode", "****", 7));
      }
    }
    Matcher box = PO_BOX.matcher(text);
    while (box.find()) {
      out.add(new DataMatch(box.start(), box.end(), "street-address", "****", 6));
    }
    Matcher uk = UK_POSTCODE_ANY_CASE.matcher(text);
    while (uk.find()) {
      String area = uk.group(1).toUpperCase(java.util.Locale.ROOT);
      String sub = uk.group(3) == null ? null : uk.group(3).toUpperCase(java.util.Locale.ROOT);
      boolean upperCase = uk.group().equals(uk.group().toUpperCase(java.util.Locale.ROOT));
      if (UK_AREAS.contains(area)
          && (upperCase || LookAlikes.introducedAsPostcode(text, uk.start()))
          && (uk.group().indexOf(' ') > 0 || inAddressContext(text, uk.start(), uk.end()))
          && (sub == null || validOutwardCode(area, uk.group(2).charAt(0), sub.charAt(0)))
          && !LookAlikes.namedAsReference(text, uk.start(), uk.end(), LookAlikes.POSTCODE_CUE)
          && !afterBrandStreet(text, brandStreetEnds, uk.start())
          && !LookAlikes.introducedAsBrandPremises(text, uk.start())) {
        out.add(new DataMatch(uk.start(), uk.end(), "postcode", "****", 7));
      }
    }
    Matcher zip = US_ZIP.matcher(text);
    while (zip.find()) {
      int group = zip.start(1) >= 0 ? 1 : 2;
      if (afterBrandStreet(text, brandStreetEnds, zip.start(group))) {
        continue;
      }
      out.add(new DataMatch(zip.start(group), zip.end(group), "postcode", "****", 7));
    }
    // "the ZIP we have for you is 30309", "deliver to 60614-2207": a ZIP the state pattern missed,
    // named by a postcode word earlier in its clause, or in the ZIP+4 form no date, price or
    // phone number takes; a range ("every ZIP from 94100 to 94199") is an area, not an address
    Matcher loose = LOOSE_ZIP.matcher(text);
    while (loose.find()) {
      int start = loose.start(1);
      int end = loose.end(1);
      boolean covered = false;
      for (DataMatch m : out) {
        covered |= m.start() < end && start < m.end();
      }
      boolean plusFour = loose.group(2) != null;
      // "12345-67890", "30309.5", "12345/6": part of a longer code or number
      boolean glued = end + 1 < text.length() && "-/.,".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1));
      if (covered || glued || ZIP_RANGE.matcher(text.substring(end, Math.min(text.length(), end + 16))).lookingAt()
          || ZIP_RANGE_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find()
          || start > 0 && (text.charAt(start - 1) == '#' || text.charAt(start - 1) == '/' || text.charAt(start - 1) == '-')
          || !(LookAlikes.introducedAsPostcode(text, start) || plusFour && !LookAlikes.namedAsReference(text, start, end)
              || LookAlikes.namedAsZipArea(text, start, end) && !LookAlikes.namedAsReference(text, start, end))
          || afterBrandStreet(text, brandStreetEnds, start)
          || LookAlikes.introducedAsBrandPremises(text, start)) {
        continue;
      }
      out.add(new DataMatch(start, end, "postcode", "****", 7));
    }
  }

  private static final Pattern LOOSE_ZIP = Pattern.compile("\\b(\\d{5}(-\\d{4})?)\\b");
  private static final Pattern ZIP_RANGE = Pattern.compile("\\s*(?:-|–|to|and|through|or)\\s*\\d{5}");
  private static final Pattern ZIP_RANGE_BEFORE = Pattern.compile("\\d{5}\\s*(?:-|–|to|and|through|or)\\s*$");
}
