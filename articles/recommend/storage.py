"""Where related reading is kept between publishes (issue 6).

Imported by articles/models.py so Django registers these models in the articles app.

- ArticleVector: an article's weighted term vector and sentence embedding, so one publish
  re-weighs one article instead of re-reading (or re-encoding) every article's text.
- RelatedCorpus: one row with the corpus statistics of the last full rebuild (document
  count and document frequencies) and a version that changes on every write, so a worker
  knows whether the index it holds in memory is still current.
- RelatedArticle: the stored neighbours, best first; rendering reads only these.
- ArticleCareTerm: the directory vocabulary an article is about (programs matching).
"""

from django.db import models


class ArticleVector(models.Model):
    page = models.OneToOneField(
        "articles.ArticlePage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="term_vector",
    )
    terms = models.JSONField(default=dict)
    topics = models.JSONField(default=list)
    audiences = models.JSONField(default=list)
    # The sentence embedding (384 little-endian float32), computed by the worker, and the
    # hash of the model and text it was computed from (vectors.embedding_key).
    embedding = models.BinaryField(null=True, blank=True)
    embedding_key = models.CharField(max_length=40, blank=True, default="")

    class Meta:
        verbose_name = "article term vector"

    def __str__(self):
        return f"Term vector of page {self.page_id}"


class RelatedCorpus(models.Model):
    n_docs = models.PositiveIntegerField(default=0)
    df = models.JSONField(default=dict)
    version = models.PositiveBigIntegerField(default=0)
    # Mean embedding of the last full rebuild: similarities are taken around it (semantic.py).
    embedding_mean = models.BinaryField(null=True, blank=True)

    class Meta:
        verbose_name = "related-reading corpus"
        verbose_name_plural = "related-reading corpus"

    def __str__(self):
        return f"{self.n_docs} articles, version {self.version}"


class RelatedArticle(models.Model):
    source = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="related_suggestions"
    )
    target = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="suggested_for"
    )
    rank = models.PositiveSmallIntegerField()
    score = models.FloatField()

    class Meta:
        ordering = ["source", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="related_article_unique")
        ]
        indexes = [models.Index(fields=["source", "rank"], name="related_article_rank")]

    def __str__(self):
        return f"{self.source_id} -> {self.target_id} (#{self.rank})"


class ArticleCareTerm(models.Model):
    """One (facet, slug) of care an article is about, in the directory's words: ("condition",
    "burnout"), ("population", "healthcare-workers"), ("level", "virtual-iop"). Derived by
    articles/program_matching.py so "Articles for this program" is one query, like the
    directory's ProgramTerm rows."""

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="care_terms"
    )
    facet = models.CharField(max_length=20)
    slug = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "facet", "slug"], name="article_care_term_unique"
            )
        ]
        indexes = [models.Index(fields=["facet", "slug", "article"], name="article_care_term")]

    def __str__(self):
        return f"{self.facet}:{self.slug}"


class TopicSuggestion(models.Model):
    """A topic suggested for an article filed under none (articles/recommend/topics.py), shown
    in the editor beside the Topics field. Never applied by itself."""

    page = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="topic_suggestions"
    )
    topic = models.ForeignKey("articles.Topic", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    rank = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["page", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["page", "topic"], name="topic_suggestion_unique")
        ]

    def __str__(self):
        return f"{self.topic_id} for {self.page_id} (#{self.rank})"
