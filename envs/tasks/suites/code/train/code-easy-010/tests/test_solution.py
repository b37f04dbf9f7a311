import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_3(11) == 33, '11'
assert solution.mul_3(-3) == -9, '-3'
assert solution.mul_3(77) == 231, '77'
assert solution.mul_3(85) == 255, '85'
