import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_20(7) == -13, '7'
assert solution.sub_20(51) == 31, '51'
assert solution.sub_20(14) == -6, '14'
assert solution.sub_20(46) == 26, '46'
