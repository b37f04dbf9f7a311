#!/usr/bin/env bash
echo 87748686883079069107 > /workspace/answer.txt
