package dev.replylint.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Tokenizer, POS tagger and (greedily decoded, see {@link GreedyLemmatizer}) lemmatizer for one thread. The {@code *ME} tools are not thread-safe
 * and cost far more to build than to run on a sentence, so each thread keeps one set, built on the
 * shared models the first time that thread analyses a stretch of a draft.
 */
final class SpanAnalyser {
  private static final ThreadLocal<SpanAnalyser> PER_THREAD = ThreadLocal.withInitial(SpanAnalyser::new);

  private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
  // built on first use: a thread that only tokenizes never loads the tagger and lemmatizer models
  private POSTaggerME tagger;
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
    for (opennlp.tools.util.Span t : tokenizer.tokenizePos(stretch)) {
      found.add(new Token(span.start() + t.getStart(), span.start() + t.getEnd(), stretch.substring(t.getStart(), t.getEnd())));
    }
    return List.copyOf(found);
  }

  private SpanAnalysis run(Span span, List<Token> found) {
    if (tagger == null) {
      tagger = new POSTaggerME(NlpModels.posTags());
      lemmatizer = new GreedyLemmatizer(NlpModels.lemmas());
    }
    String[] words = found.stream().map(Token::text).toArray(String[]::new);
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    String[] lemmas = words.length == 0 ? new String[0] : lemmatizer.lemmatize(words, tags);
    return new SpanAnalysis(span, found, List.of(tags), List.of(lemmas));
  }
}
