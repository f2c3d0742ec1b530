-- A checkout sent to the database in one round trip (its statements pipelined, run as one implicit
-- transaction) cannot look at an answer half way. It states what it expects instead: when a line
-- could not be held, or the account is gone, this stops the statement, and with it the whole
-- transaction, so that nothing of the checkout is kept. The checkout then takes the careful way.
CREATE FUNCTION apotheca_expect(expected boolean, what text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF expected IS NOT TRUE THEN
        RAISE EXCEPTION 'not as expected: %', what USING ERRCODE = 'P0001';
    END IF;
    RETURN true;
END
$$;
