import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_10('hello') == 'rovvy', "'hello'"
assert solution.caesar_10('xyz') == 'hij', "'xyz'"
assert solution.caesar_10('loopwright') == 'vyyzgbsqrd', "'loopwright'"
