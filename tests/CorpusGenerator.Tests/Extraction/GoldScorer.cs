using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Figures of one scoring run, as score.py prints them at share &gt; 0.3.</summary>
    internal sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, int SpeakerHits, int CueHits, int CanonicalHits,
                                 int PeopleTruePositives, int PeopleFalsePositives, int PeopleFalseNegatives)
    {
        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double Speaker => Ratio(SpeakerHits, TruePositives);

        public double Cue => Ratio(CueHits, TruePositives);

        public double Canonical => Ratio(CanonicalHits, TruePositives);

        public double PeopleF1
        {
            get
            {
                double p = Ratio(PeopleTruePositives, PeopleTruePositives + PeopleFalsePositives);
                double r = Ratio(PeopleTruePositives, PeopleTruePositives + PeopleFalseNegatives);
                return p + r == 0 ? 0 : 2 * p * r / (p + r);
            }
        }

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

        public override string ToString() =>
            FormattableString.Invariant($"P {Precision:F3} R {Recall:F3} F1 {F1:F3} | speaker {Speaker:F3} cue {Cue:F3} canonical {Canonical:F3} | people F1 {PeopleF1:F3}");
    }

    /// <summary>
    /// The protocol of ../shared/corpus/score.py (GenderGapTracker's): each gold quote takes the
    /// unmatched prediction covering the largest share of it, above 0.3; speakers match when the
    /// mention spans overlap (or both are absent); cues when equal lower-cased.
    /// </summary>
    internal static class GoldScorer
    {
        public static Score Score(IEnumerable<(GoldArticle Gold, ExtractedArticle Predicted)> articles, ISet<string> kinds)
        {
            int tp = 0, fp = 0, fn = 0, speaker = 0, cue = 0, canonical = 0, ptp = 0, pfp = 0, pfn = 0;
            foreach ((GoldArticle gold, ExtractedArticle predicted) in articles)
            {
                string text = predicted.Text;
                var remaining = predicted.Quotes.ToList();
                foreach (GoldQuote g in gold.Quotes.Where(q => kinds.Contains(q.Kind)))
                {
                    ExtractedQuote? best = null;
                    double bestShare = 0;
                    foreach (ExtractedQuote p in remaining)
                    {
                        double share = Share(g.Start, g.End, p.Span);
                        if (share > 0.3 && share > bestShare)
                        {
                            best = p;
                            bestShare = share;
                        }
                    }

                    if (best is null)
                    {
                        fn++;
                        continue;
                    }

                    remaining.Remove(best);
                    tp++;
                    bool bothAbsent = g.SpeakerStart is null && best.SpeakerMention is null;
                    bool overlap = g.SpeakerStart is int s && g.SpeakerEnd is int e && best.SpeakerMention is TextRange m && Math.Min(e, m.End) - Math.Max(s, m.Start) > 0;
                    if (bothAbsent || overlap) speaker++;
                    string predictedCue = best.Cue is TextRange c ? c.Of(text) : string.Empty;
                    if (string.Equals((g.Cue ?? string.Empty).Trim(), predictedCue.Trim(), StringComparison.OrdinalIgnoreCase)) cue++;
                    string reference = NormName(g.Reference);
                    string got = best.Speaker >= 0 ? NormName(predicted.Speakers[best.Speaker].Name) : string.Empty;
                    if (reference.Length > 0 && reference == got) canonical++;
                }

                fp += remaining.Count(p => kinds.Contains(p.Kind.ToString().ToLowerInvariant()));
                var want = new HashSet<string>(gold.Quotes.Where(q => q.Reference is not null).Select(q => NormName(q.Reference)), StringComparer.Ordinal);
                var have = new HashSet<string>(predicted.Quotes.Where(q => q.Speaker >= 0).Select(q => NormName(predicted.Speakers[q.Speaker].Name)), StringComparer.Ordinal);
                ptp += want.Count(have.Contains);
                pfp += have.Count(h => !want.Contains(h));
                pfn += want.Count(w => !have.Contains(w));
            }

            return new Score(tp, fp, fn, speaker, cue, canonical, ptp, pfp, pfn);
        }

        public static double Share(int start, int end, TextRange predicted)
        {
            if (end <= start || predicted.End <= predicted.Start) return 0;
            return Math.Max(0, Math.Min(end, predicted.End) - Math.Max(start, predicted.Start)) / (double)(end - start);
        }

        /// <summary>score.py's norm_name: lower case, typographic apostrophe straightened, other symbols spaced.</summary>
        public static string NormName(string? name)
        {
            string s = (name ?? string.Empty).ToLowerInvariant().Replace('\u2019', '\'');
            var sb = new StringBuilder(s.Length);
            foreach (char c in s) sb.Append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == ' ' || c == '-' ? c : ' ');
            return string.Join(" ", sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
