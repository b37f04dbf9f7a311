import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_21('hello') == 'czggj', "'hello'"
assert solution.caesar_21('xyz') == 'stu', "'xyz'"
assert solution.caesar_21('loopwright') == 'gjjkrmdbco', "'loopwright'"
