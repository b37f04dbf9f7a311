import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_35(17) == 595, '17'
assert solution.mul_35(28) == 980, '28'
assert solution.mul_35(-5) == -175, '-5'
assert solution.mul_35(19) == 665, '19'
