import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_26(29) == 754, '29'
assert solution.mul_26(51) == 1326, '51'
assert solution.mul_26(21) == 546, '21'
assert solution.mul_26(74) == 1924, '74'
