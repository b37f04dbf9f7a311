import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_22(-17) == -374, '-17'
assert solution.mul_22(88) == 1936, '88'
assert solution.mul_22(-12) == -264, '-12'
assert solution.mul_22(78) == 1716, '78'
