"""The admin's forms: bulk tag actions, redactions, entity merges."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.widgets import AutocompleteSelect

from cables import curation
from cables.models import Cable, Entity, Redaction


class CableActionForm(ActionForm):
    tag = forms.CharField(
        required=False,
        label="Tag code",
        help_text="For adding or removing a tag.",
        widget=forms.TextInput(attrs={"size": 10}),
    )


class RedactionForm(forms.ModelForm):
    """Checks that the words occur in the cable and remembers a hidden paragraph's words."""

    class Meta:
        model = Redaction
        fields = ["cable", "paragraph_position", "text", "reason"]

    def clean(self) -> dict:
        super().clean()
        data = self.cleaned_data
        cable = data.get("cable") or Cable.objects.filter(pk=self.instance.cable_id).first()
        if cable is None:
            return data
        position, words = data.get("paragraph_position"), data.get("text", "")
        problem = curation.redaction_problem(cable, words, position)
        if problem:
            raise forms.ValidationError(problem)
        source = curation.unredacted_text(cable)
        if not words.strip() and position is not None:
            self.instance.paragraph_text = source.paragraphs[position]
        return data


class MergeForm(forms.Form):
    """The intermediate page of "merge into…": which entity the others become."""

    def __init__(self, *args, admin_site: admin.AdminSite, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"] = forms.ModelChoiceField(
            queryset=Entity.objects.filter(hidden=False, merged_into=None),
            label="Merge into",
            help_text="The entity to keep. The others become its aliases and redirect to it.",
            # Autocomplete through the admin: there may be 100,000 entities.
            widget=AutocompleteSelect(Entity._meta.get_field("merged_into"), admin_site),
        )
