using System.Collections.Generic;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>Every timing the build benchmarks took, so the summary shows the runs behind each median.</summary>
    internal sealed class BuildReport
    {
        public List<double> EmptySeconds { get; } = new List<double>();

        public List<double> BbcSeconds { get; } = new List<double>();

        public List<double> TenfoldSeconds { get; } = new List<double>();

        public List<double> TenfoldCompilerPeakMb { get; } = new List<double>();

        public List<double> TenfoldTreePeakMb { get; } = new List<double>();

        public List<double> RuntimeAllMs { get; } = new List<double>();

        public List<double> TenfoldRuntimeAllMs { get; } = new List<double>();

        public int TenfoldArticles { get; set; }

        public bool TenfoldSucceeded { get; set; } = true;

        public IReadOnlyCollection<string> TenfoldErrorCodes { get; set; } = new List<string>();

        public double EmptyMedian => Statistics.Median(EmptySeconds);

        public double BbcMedian => Statistics.Median(BbcSeconds);

        public double TenfoldMedian => Statistics.Median(TenfoldSeconds);

        public double BuildRatio => BbcMedian / EmptyMedian;

        /// <summary>Extra time of the ten-fold build over the empty one, per extra time of the 2,225 build: 10 when linear.</summary>
        public double ScaleRatio => (TenfoldMedian - EmptyMedian) / (BbcMedian - EmptyMedian);
    }
}
