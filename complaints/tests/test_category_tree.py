import pytest
from django.core.exceptions import ValidationError

from complaints.choices import CategoryDimension
from complaints.models import Category


@pytest.mark.django_db
def test_a_category_stays_in_its_tree_and_out_of_its_own_branch():
    # given
    cause = Category.objects.create(code="attitude", name_en="Attitude", dimension=CategoryDimension.CAUSE)
    rude = Category.objects.create(code="rude", name_en="Rude", dimension=CategoryDimension.CAUSE, parent=cause)
    product = Category(code="books", name_en="Books", dimension=CategoryDimension.SUBJECT, parent=cause)
    # then
    with pytest.raises(ValidationError, match="same tree"):
        product.full_clean()
    cause.parent = rude
    with pytest.raises(ValidationError, match="under itself"):
        cause.full_clean()
