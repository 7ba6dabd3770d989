from worker import next_delay


def test_delay_doubles_and_is_capped():
    assert [next_delay(n) for n in range(4)] == [1, 2, 4, 8]
    assert next_delay(10) == 60
