import pytest

from complaints.tests.factories import complaint_make

pytestmark = pytest.mark.django_db


def test_the_pages_cover_each_complaint_once(responsible, department, api_for):
    # given
    made = {complaint_make(department=department).tracking_number for _ in range(7)}
    api = api_for(responsible)

    # when
    seen, cursor, pages = [], "", 0
    while True:
        body = api.get("/complaints", limit=3, cursor=cursor).json()
        seen += [item["number"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            break

    # then
    assert pages == 3
    assert sorted(seen) == sorted(made)
    assert len(seen) == len(set(seen))


def test_the_query_count_does_not_grow_with_the_page(responsible, department, api_for,
                                                     django_assert_num_queries):
    # given
    api = api_for(responsible)
    for _ in range(2):
        complaint_make(department=department)
    # the reference version, the token, its last use (the first request), the page
    with django_assert_num_queries(4):
        small = api.get("/complaints")
    for _ in range(5):
        complaint_make(department=department)

    # when / then
    # the reference version (the token is kept while it stands), the page; its last use is written once a minute
    with django_assert_num_queries(2):
        large = api.get("/complaints")
    assert (len(small.json()["items"]), len(large.json()["items"])) == (2, 7)


def test_filters_and_a_page_size_above_100_is_refused(responsible, department, api_for):
    # given
    complaint_make(department=department, importance="high")
    complaint_make(department=department)
    api = api_for(responsible)

    # when
    high = api.get("/complaints", importance="high")
    too_big = api.get("/complaints", limit=101)

    # then
    assert [item["importance"] for item in high.json()["items"]] == ["high"]
    assert too_big.status_code == 422
    assert too_big.json()["errors"][0]["field"] == "limit"
