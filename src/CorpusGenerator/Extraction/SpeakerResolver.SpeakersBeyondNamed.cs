using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"he" past the person the quotation names: the next person of that gender spoken of, when they are the one quoted last (ExtractionRun.SpeakersBeyondNamed).</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// The first person after <paramref name="named"/> in recency whom <paramref name="pronoun"/>
        /// may mean, when they are the speaker of the latest quote; null otherwise (no speaker
        /// beats a wrong one). A first version took anyone quoted before: PolNeAR gave "he" to
        /// "Michelle Fields" past "Bernie Sanders" and to a pundit past Trump ("he erroneously
        /// suggested Curiel was from Mexico"). Reads the short recency list.
        /// </summary>
        public Entity? SpokenPersonBeyond(string pronoun, Entity named)
        {
            char gender = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? 'm' : pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? 'f' : '\0';
            if (gender == '\0') return null;
            bool past = false;
            foreach (Entity e in recent)
            {
                if (e == named)
                {
                    past = true;
                    continue;
                }

                if (!past || e.NamedAsAuthor || !(e.IsPerson || e.TitledGender == gender) || (e.Gender != '\0' && e.Gender != gender) || HonorificContradicts(e, gender)) continue;
                return e.Quotes > 0 && !e.WrittenWithArticle && e == LastSpeaker ? e : null;
            }

            return null;
        }

        /// <summary>Gives <paramref name="mention"/> to <paramref name="entity"/>, as a resolved mention would.</summary>
        public Entity Take(Entity entity, Mention mention)
        {
            entity.Mentions.Add(mention.Span);
            Touch(entity);
            return entity;
        }
    }
}
