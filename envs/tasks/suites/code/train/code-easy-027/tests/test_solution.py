import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_15(22) == 330, '22'
assert solution.mul_15(-14) == -210, '-14'
assert solution.mul_15(38) == 570, '38'
assert solution.mul_15(36) == 540, '36'
