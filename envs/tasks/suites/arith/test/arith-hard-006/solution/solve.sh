#!/usr/bin/env bash
echo -9551466 > /workspace/answer.txt
