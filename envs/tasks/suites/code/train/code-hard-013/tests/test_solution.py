import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_19('hello') == 'axeeh', "'hello'"
assert solution.caesar_19('xyz') == 'qrs', "'xyz'"
assert solution.caesar_19('loopwright') == 'ehhipkbzam', "'loopwright'"
