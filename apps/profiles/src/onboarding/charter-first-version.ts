/** Version 1 of the ethics and confidentiality charter, published at first start. Staff publish the next ones. */
export const FIRST_CHARTER = {
  bodyFr: `# Charte d'éthique et de confidentialité du mentorat

Le mentorat Passerelle repose sur la confiance. En acceptant cette charte, mentors et mentorés s'engagent sur les points suivants.

## 1. Confidentialité
- Ce qui est dit pendant les échanges reste entre le mentor et le mentoré.
- Aucune information personnelle (CV, situation, difficultés) n'est transmise à un tiers sans l'accord explicite de la personne concernée.
- Seule exception : une situation mettant en danger la personne ou autrui, signalée à l'équipe de l'association.

## 2. Respect
- Chacun est traité avec courtoisie, sans discrimination ni jugement, quels que soient son parcours, son origine, son genre ou ses opinions.
- Les limites de chacun (sujets, horaires, canaux de contact) sont respectées.

## 3. Disponibilité et engagement
- Le mentor indique honnêtement le temps qu'il peut consacrer et répond aux messages dans un délai raisonnable (quelques jours).
- Un rendez-vous empêché est annulé ou déplacé le plus tôt possible.
- Le mentoré prépare les séances et donne des nouvelles de ses démarches.

## 4. Pas de pression au recrutement
- Le mentorat n'est pas un processus de recrutement. Le mentor ne promet pas d'emploi et ne fait pas pression pour une candidature dans son entreprise.
- Le mentoré ne sollicite pas de recommandation comme condition de la relation.

## 5. Signaler une difficulté
- Tout comportement inapproprié, tout conflit ou tout doute se signale à l'équipe de l'association depuis la plateforme ou par e-mail.
- Les signalements sont traités avec discrétion ; aucune personne ne subit de conséquence pour un signalement de bonne foi.

L'association peut suspendre un mentor ou mettre fin à une relation de mentorat si cette charte n'est pas respectée.`,
  bodyEn: `# Mentoring ethics and confidentiality charter

Passerelle mentoring rests on trust. By accepting this charter, mentors and mentees commit to the following.

## 1. Confidentiality
- What is said in your conversations stays between mentor and mentee.
- No personal information (CV, situation, difficulties) is passed on to anyone without the explicit agreement of the person concerned.
- The only exception: a situation that puts the person or someone else in danger, reported to the association's team.

## 2. Respect
- Everyone is treated courteously, without discrimination or judgement, whatever their background, origin, gender or opinions.
- Each person's limits (topics, hours, contact channels) are respected.

## 3. Availability and commitment
- Mentors state honestly how much time they can give and answer messages within a reasonable delay (a few days).
- A meeting that cannot happen is cancelled or moved as early as possible.
- Mentees prepare the sessions and keep their mentor informed of their progress.

## 4. No recruitment pressure
- Mentoring is not a recruitment process. Mentors do not promise jobs and do not push for an application to their own company.
- Mentees do not make a referral a condition of the relationship.

## 5. Reporting concerns
- Any inappropriate behaviour, conflict or doubt is reported to the association's team from the platform or by email.
- Reports are handled discreetly; nobody suffers any consequence for a report made in good faith.

The association may suspend a mentor or end a mentoring relationship if this charter is not respected.`,
};
