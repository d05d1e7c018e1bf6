using System.Collections.Generic;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>Every timing the build benchmarks took, so the summary shows the runs behind each median.</summary>
    internal sealed class BuildReport
    {
        public List<double> EmptySeconds { get; } = new List<double>();

        public List<double> BbcSeconds { get; } = new List<double>();

        public List<double> TenfoldSeconds { get; } = new List<double>();

        /// <summary>CPU seconds (user + system, whole build tree) of the same builds, in the same order.</summary>
        public List<double> EmptyCpuSeconds { get; } = new List<double>();

        public List<double> BbcCpuSeconds { get; } = new List<double>();

        public List<double> TenfoldCpuSeconds { get; } = new List<double>();

        public List<double> TenfoldCompilerPeakMb { get; } = new List<double>();

        public List<double> TenfoldTreePeakMb { get; } = new List<double>();

        public List<double> RuntimeAllMs { get; } = new List<double>();

        public List<double> TenfoldRuntimeAllMs { get; } = new List<double>();

        /// <summary>Time the JIT spent during each timed enumeration (System.Runtime.JitInfo).</summary>
        public List<double> RuntimeJitMs { get; } = new List<double>();

        /// <summary>Methods the JIT compiled during the enumeration.</summary>
        public int RuntimeJitMethods { get; set; }

        public int TenfoldArticles { get; set; }

        public bool TenfoldSucceeded { get; set; } = true;

        /// <summary>When the ten-fold build was stopped at its timeout, after how long; else 0.</summary>
        public double TenfoldTimedOutAfterSeconds { get; set; }

        public IReadOnlyCollection<string> TenfoldErrorCodes { get; set; } = new List<string>();

        public double EmptyMedian => Statistics.Median(EmptySeconds);

        public double BbcMedian => Statistics.Median(BbcSeconds);

        public double TenfoldMedian => Statistics.Median(TenfoldSeconds);

        public double BuildRatio => BbcMedian / EmptyMedian;

        /// <summary>The same ratio in CPU time: what a busy machine distorts least.</summary>
        public double BuildRatioCpu => Statistics.Median(BbcCpuSeconds) / Statistics.Median(EmptyCpuSeconds);

        public double ScaleRatioCpu =>
            (Statistics.Median(TenfoldCpuSeconds) - Statistics.Median(EmptyCpuSeconds)) / (Statistics.Median(BbcCpuSeconds) - Statistics.Median(EmptyCpuSeconds));

        /// <summary>Extra time of the ten-fold build over the empty one, per extra time of the 2,225 build: 10 when linear.</summary>
        public double ScaleRatio => (TenfoldMedian - EmptyMedian) / (BbcMedian - EmptyMedian);
    }
}
