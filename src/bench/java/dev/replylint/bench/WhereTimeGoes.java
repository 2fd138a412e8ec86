package dev.replylint.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the linting threads' time goes, from a JFR recording of {@link CpuThroughput} (see
 * bench/profile.sh): the share of execution samples under each rule's {@code check} and under
 * each costly analysis (OpenNLP models, regexes), counted once per sample however deep the
 * recursion. Usage: {@code WhereTimeGoes RECORDING.jfr}.
 */
public final class WhereTimeGoes {
  private WhereTimeGoes() {}

  /** Analyses worth naming, by a method that is on the stack exactly while it runs. */
  private static final List<Map.Entry<String, String>> ANALYSES =
      List.of(
          Map.entry("opennlp.tools.sentdetect.SentenceDetectorME.sentPosDetect", "OpenNLP sentence detector"),
          Map.entry("opennlp.tools.tokenize.TokenizerME.tokenizePos", "OpenNLP tokenizer (chunks not yet remembered)"),
          Map.entry("dev.replylint.text.SpanAnalyser.tokens", "tokens of a span (incl. remembered chunks)"),
          Map.entry("dev.replylint.text.GreedyTagger.tag", "POS tagger (greedy)"),
          Map.entry("dev.replylint.text.GreedyLemmatizer.lemmatize", "lemmatizer (greedy, remembered scripts)"),
          Map.entry("opennlp.tools.langdetect.LanguageDetectorME.predictLanguage", "OpenNLP language detector"),
          Map.entry("dev.replylint.text.Draft.scannedSentences", "rule-based scan (Words)"),
          Map.entry("dev.replylint.rules.tone.IndexedPhrases.candidates", "lexicon index: which entries could occur"),
          Map.entry("dev.replylint.rules.tone.TokenPattern.findAll", "phrase patterns matched on sentences"),
          Map.entry("com.google.re2j.Matcher.find", "RE2/J regexes"),
          Map.entry("dev.replylint.history.Fingerprint.of", "sameness fingerprints (MinHash)"));

  public static void main(String[] args) throws IOException {
    List<RecordedEvent> samples = new ArrayList<>();
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (e.getEventType().getName().equals("jdk.ExecutionSample") && underLint(e.getStackTrace())) {
        samples.add(e);
      }
    }
    Map<String, Integer> rules = new TreeMap<>();
    Map<String, Integer> analyses = new LinkedHashMap<>();
    ANALYSES.forEach(a -> analyses.put(a.getValue(), 0));
    for (RecordedEvent e : samples) {
      List<String> methods = new ArrayList<>();
      for (RecordedFrame f : e.getStackTrace().getFrames()) {
        methods.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
      }
      String rule = "engine (outside rules)";
      for (String m : methods) {
        if (m.startsWith("dev.replylint.rules.") && m.endsWith("Rule.check")) {
          rule = m.substring("dev.replylint.rules.".length(), m.length() - ".check".length());
        }
      }
      rules.merge(rule, 1, Integer::sum);
      for (Map.Entry<String, String> a : ANALYSES) {
        if (methods.contains(a.getKey())) {
          analyses.merge(a.getValue(), 1, Integer::sum);
        }
      }
    }
    int n = samples.size();
    System.out.printf("%d execution samples inside Linter.lint%n%n| rule (outermost check on the stack) | share of CPU samples |%n|---|---:|%n", n);
    rules.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(r -> System.out.printf("| %s | %.1f%% |%n", r.getKey(), 100.0 * r.getValue() / n));
    System.out.printf("%n| analysis (whichever rule asked) | share of CPU samples |%n|---|---:|%n");
    analyses.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(a -> System.out.printf("| %s | %.1f%% |%n", a.getKey(), 100.0 * a.getValue() / n));
  }

  private static boolean underLint(RecordedStackTrace stack) {
    if (stack == null) {
      return false;
    }
    for (RecordedFrame f : stack.getFrames()) {
      if (f.getMethod().getType().getName().equals("dev.replylint.Linter") && f.getMethod().getName().equals("lint")) {
        return true;
      }
    }
    return false;
  }
}
