package dev.replylint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * Tokenizer, POS tagger and lemmatizer (both decoded greedily, see {@link GreedyTagger} and
 * {@link GreedyLemmatizer}) for one thread. These tools are not thread-safe and cost far more to
 * build than to run on a sentence, so each thread keeps one set, built on the shared models the
 * first time that thread analyses a stretch of a draft.
 *
 * <p>The tokenizer model cuts each whitespace-separated chunk on its own, from that chunk's
 * characters alone, evaluating the model at every character (the English model has no shortcut
 * for plain words). So where it cuts a chunk is remembered per thread: replies repeat their words,
 * and a remembered chunk costs a lookup instead of one model evaluation per character. The
 * tokens are exactly TokenizerME's.
 */
final class SpanAnalyser {
  private static final ThreadLocal<SpanAnalyser> PER_THREAD = ThreadLocal.withInitial(SpanAnalyser::new);

  /** Enough for a large vocabulary (a few MB); past it the memory starts again, empty. */
  private static final int MAX_REMEMBERED_CHUNKS = 50_000;

  private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
  /** Token bounds inside each chunk seen, as start, end pairs. */
  private final Map<String, int[]> tokenBoundsOfChunk = new HashMap<>();
  // built on first use: a thread that only tokenizes never loads the tagger and lemmatizer models
  private GreedyTagger tagger;
  private GreedyLemmatizer lemmatizer;

  static List<Token> tokenize(String text, Span span) {
    return PER_THREAD.get().tokens(text, span);
  }

  static SpanAnalysis analyse(Span span, List<Token> tokens) {
    return PER_THREAD.get().run(span, tokens);
  }

  private List<Token> tokens(String text, Span span) {
    String stretch = text.substring(span.start(), span.end()).replace('\u2019', '\'').replace('\u2018', '\'');
    List<Token> found = new ArrayList<>();
    for (opennlp.tools.util.Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(stretch)) {
      int[] bounds = tokenBounds(stretch.substring(chunk.getStart(), chunk.getEnd()));
      for (int k = 0; k < bounds.length; k += 2) {
        int start = chunk.getStart() + bounds[k];
        int end = chunk.getStart() + bounds[k + 1];
        found.add(new Token(span.start() + start, span.start() + end, stretch.substring(start, end)));
      }
    }
    return List.copyOf(found);
  }

  private int[] tokenBounds(String chunk) {
    int[] known = tokenBoundsOfChunk.get(chunk);
    if (known == null) {
      opennlp.tools.util.Span[] tokens = tokenizer.tokenizePos(chunk);
      known = new int[tokens.length * 2];
      for (int i = 0; i < tokens.length; i++) {
        known[2 * i] = tokens[i].getStart();
        known[2 * i + 1] = tokens[i].getEnd();
      }
      if (tokenBoundsOfChunk.size() >= MAX_REMEMBERED_CHUNKS) {
        tokenBoundsOfChunk.clear();
      }
      tokenBoundsOfChunk.put(chunk, known);
    }
    return known;
  }

  private SpanAnalysis run(Span span, List<Token> found) {
    if (tagger == null) {
      tagger = new GreedyTagger(NlpModels.posTags());
      lemmatizer = new GreedyLemmatizer(NlpModels.lemmas());
    }
    String[] words = found.stream().map(Token::text).toArray(String[]::new);
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    String[] lemmas = words.length == 0 ? new String[0] : lemmatizer.lemmatize(words, tags);
    return new SpanAnalysis(span, found, List.of(tags), List.of(lemmas));
  }
}
