import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_42(-14) == -588, '-14'
assert solution.mul_42(13) == 546, '13'
assert solution.mul_42(19) == 798, '19'
assert solution.mul_42(-3) == -126, '-3'
