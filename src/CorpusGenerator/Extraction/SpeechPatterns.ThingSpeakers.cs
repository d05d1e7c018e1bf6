using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Alerts tell people how the threats affect them", "the software suggests websites that are
    /// relevant": a device or a service "tells" or "suggests" by working, it says nothing. A
    /// writing ("the report suggests", "a survey told") is left alone: the gold sets count it.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet TellOrSuggest = new WordSet(
            "tell", "tells", "told", "telling", "suggest", "suggests", "suggested", "suggesting");

        /// <summary>Things that work rather than speak: gadgets, programs, sites, signs.</summary>
        private static readonly WordSet DeviceNouns = new WordSet(
            "alert", "alerts", "software", "tool", "tools", "site", "sites", "website", "websites", "map", "maps", "program",
            "programs", "app", "apps", "device", "devices", "gadget", "gadgets", "machine", "machines", "sensor", "sensors",
            "engine", "engines", "screen", "screens", "display", "displays", "sign", "signs", "label", "labels", "chip", "chips",
            "computer", "computers", "phone", "phones", "handset", "handsets", "camera", "cameras", "console", "consoles");

        /// <summary>Whether the speaker found for the "tell"/"suggest" at the cue is a device, not a source.</summary>
        private static bool DeviceSpeaker(List<Token> t, Attribution a)
        {
            if (a.Speaker is not Mention m || !TellOrSuggest.Contains(t[a.Cue].Text) || m.End <= m.First) return false;
            Token head = t[m.End - 1];
            return head.IsWord && !head.IsPossessive && DeviceNouns.Contains(head.Text);
        }
    }
}
