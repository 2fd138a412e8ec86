package dev.replylint.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * One reply being checked: its text and, computed only when a rule first asks, its line map,
 * sentences, tokens, POS tags, lemmas and language.
 *
 * <p>Offsets in the API are UTF-16 offsets into {@link #text()}, like {@link String#substring};
 * {@link #position(int)} turns one into a line and a code-point column for people.
 *
 * <p>A draft is meant to be checked on one thread; its lazily computed parts are not guarded.
 * Build one per check — they are cheap until analysed.
 */
public final class Draft {
  private final String text;
  private LineMap lineMap;
  private List<Span> sentences;
  private List<Token> tokens;
  private String[] posTags;
  private String[] lemmas;
  private Language language;
  private Map<Object, Object> derived;
  private List<Words> scannedSentences;
  private Map<Span, List<Token>> tokenizedSpans;
  private Map<Span, SpanAnalysis> analysedSpans;

  private Draft(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  public static Draft of(String text) {
    return new Draft(text);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  public LineMap lineMap() {
    if (lineMap == null) {
      lineMap = new LineMap(text);
    }
    return lineMap;
  }

  public Position position(int offset) {
    return lineMap().position(offset);
  }

  /** Sentence spans, from the OpenNLP English sentence model. */
  public List<Span> sentences() {
    if (sentences == null) {
      List<Span> found = new ArrayList<>();
      if (!text.isBlank()) {
        for (opennlp.tools.util.Span s : new SentenceDetectorME(NlpModels.sentences()).sentPosDetect(text)) {
          found.add(new Span(s.getStart(), s.getEnd()));
        }
      }
      sentences = Collections.unmodifiableList(found);
    }
    return sentences;
  }

  /** Tokens of every sentence, in order, from the OpenNLP English tokenizer model. */
  public List<Token> tokens() {
    if (tokens == null) {
      TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
      List<Token> found = new ArrayList<>();
      for (Span sentence : sentences()) {
        String sentenceText = text.substring(sentence.start(), sentence.end());
        for (opennlp.tools.util.Span t : tokenizer.tokenizePos(sentenceText)) {
          int start = sentence.start() + t.getStart();
          int end = sentence.start() + t.getEnd();
          found.add(new Token(start, end, text.substring(start, end)));
        }
      }
      tokens = Collections.unmodifiableList(found);
    }
    return tokens;
  }

  /** Universal POS tags (UD), one per token of {@link #tokens()} ({@link GreedyTagger}). */
  public List<String> posTags() {
    if (posTags == null) {
      String[] words = tokenTexts();
      posTags = words.length == 0 ? new String[0] : new GreedyTagger(NlpModels.posTags()).tag(words);
    }
    return List.of(posTags);
  }

  /** Lemmas, one per token of {@link #tokens()}, lower-cased dictionary forms ({@link GreedyLemmatizer}). */
  public List<String> lemmas() {
    if (lemmas == null) {
      String[] words = tokenTexts();
      String[] tags = posTags().toArray(String[]::new);
      lemmas = words.length == 0 ? new String[0] : new GreedyLemmatizer(NlpModels.lemmas()).lemmatize(words, tags);
    }
    return List.of(lemmas);
  }

  /** ISO 639-3 code of the most likely language ("eng" for English), and its confidence. */
  public Language language() {
    if (language == null) {
      language = new LanguageDetectorME(NlpModels.language()).predictLanguage(text);
    }
    return language;
  }

  /**
   * Something computed from this draft once and shared by every rule that asks with the same key
   * (e.g. where the policy's placeholders are), so no rule rescans the draft per candidate.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<Draft, ? extends T> compute) {
    if (derived == null) {
      derived = new HashMap<>();
    }
    Object value = derived.get(key);
    if (value == null) {
      value = compute.apply(this);
      derived.put(key, value);
    }
    return (T) value;
  }

  /**
   * The draft cut into sentence-sized stretches and words by a cheap character scan, no models:
   * what phrase rules look at first, on every draft.
   */
  public List<Words> scannedSentences() {
    if (scannedSentences == null) {
      List<Words> found = new ArrayList<>();
      for (Span s : Words.sentences(text)) {
        found.add(Words.scan(text, s.start(), s.end()));
      }
      scannedSentences = Collections.unmodifiableList(found);
    }
    return scannedSentences;
  }

  /**
   * OpenNLP tokens of one stretch of the draft (a sentence, say), computed once per stretch with
   * the thread's tokenizer: the cheap first step before {@link #analyse}, which reuses them.
   * Curly apostrophes are read as straight ones, which the English models expect.
   */
  public List<Token> tokens(Span span) {
    if (tokenizedSpans == null) {
      tokenizedSpans = new HashMap<>();
    }
    return tokenizedSpans.computeIfAbsent(span, s -> SpanAnalyser.tokenize(text, s));
  }

  /**
   * OpenNLP tokens, POS tags and lemmas of one stretch of the draft, computed once per stretch,
   * so a rule pays for the models (about a millisecond a sentence) only where it needs them.
   */
  public SpanAnalysis analyse(Span span) {
    if (analysedSpans == null) {
      analysedSpans = new HashMap<>();
    }
    SpanAnalysis known = analysedSpans.get(span);
    if (known != null) {
      return known;
    }
    SpanAnalysis analysis = SpanAnalyser.analyse(span, tokens(span));
    analysedSpans.put(span, analysis);
    return analysis;
  }

  private String[] tokenTexts() {
    List<Token> all = tokens();
    String[] words = new String[all.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = all.get(i).text();
    }
    return words;
  }
}
