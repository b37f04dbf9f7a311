import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_24('hello') == 'fcjjm', "'hello'"
assert solution.caesar_24('xyz') == 'vwx', "'xyz'"
assert solution.caesar_24('loopwright') == 'jmmnupgefr', "'loopwright'"
